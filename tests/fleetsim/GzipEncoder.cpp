// SPDX-License-Identifier: GPL-3.0-or-later
#include "GzipEncoder.h"

#include <zlib.h>

namespace VigilFleetSim {

bool GzipEncoder::encode(std::string_view input, std::string &output)
{
    z_stream stream{};
    // windowBits 15 + 16 selects the gzip wrapper. Level 1: 5,000 endpoints are CPU-bound, not link-bound.
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return false;
    }
    output.resize(deflateBound(&stream, static_cast<uLong>(input.size())) + 32);
    // zlib's API takes non-const input pointers but does not write through them.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = static_cast<uInt>(output.size());
    const int result = deflate(&stream, Z_FINISH);
    output.resize(stream.total_out);
    deflateEnd(&stream);
    return result == Z_STREAM_END;
}

} // namespace VigilFleetSim
