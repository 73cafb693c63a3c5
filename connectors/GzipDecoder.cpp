// SPDX-License-Identifier: GPL-3.0-or-later
#include "GzipDecoder.h"

#include <QCoreApplication>

#include <zlib.h>

#include <cstring>

namespace Vigil {

struct GzipDecoder::Stream
{
    z_stream z;
    bool initialised = false;
};

GzipDecoder::GzipDecoder(qint64 maxOutput)
    : m_stream(std::make_unique<Stream>())
    , m_maxOutput(maxOutput)
{
    std::memset(&m_stream->z, 0, sizeof(z_stream));
    // 16 + MAX_WBITS: gzip framing only; a zlib or raw deflate body is refused as corrupt.
    m_stream->initialised = inflateInit2(&m_stream->z, 16 + MAX_WBITS) == Z_OK;
    if (!m_stream->initialised) {
        m_error = QCoreApplication::translate("Vigil::Scraper", "zlib could not be initialised");
    }
}

GzipDecoder::~GzipDecoder()
{
    if (m_stream->initialised) {
        inflateEnd(&m_stream->z);
    }
}

bool GzipDecoder::finished() const
{
    return m_finished;
}

QString GzipDecoder::errorText() const
{
    return m_error;
}

GzipDecoder::Status GzipDecoder::feed(QByteArrayView input, QByteArray &output)
{
    if (!m_stream->initialised) {
        return Status::Corrupt;
    }
    if (m_finished) {
        return Status::Finished;
    }
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z.avail_in = static_cast<uInt>(input.size());
    constexpr qsizetype chunk = 64 * 1024;
    for (;;) {
        // Inflate at most one byte past the cap: enough to know it was passed, never more memory than that.
        const qint64 room = m_maxOutput + 1 - output.size();
        if (room <= 0) {
            return Status::OverLimit;
        }
        const qsizetype step = static_cast<qsizetype>(qMin<qint64>(chunk, room));
        const qsizetype before = output.size();
        output.resize(before + step);
        z.next_out = reinterpret_cast<Bytef *>(output.data() + before);
        z.avail_out = static_cast<uInt>(step);
        const int rc = inflate(&z, Z_NO_FLUSH);
        output.resize(before + step - static_cast<qsizetype>(z.avail_out));
        if (output.size() > m_maxOutput) {
            return Status::OverLimit;
        }
        if (rc == Z_STREAM_END) {
            m_finished = true;
            return Status::Finished;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            // zlib's own message ("incorrect header check", …) says most; it is not translated.
            m_error = z.msg ? QString::fromLatin1(z.msg)
                            : QCoreApplication::translate("Vigil::Scraper", "damaged compressed data");
            return Status::Corrupt;
        }
        // Done when all input is consumed and inflate had room left (so it holds no pending output).
        if (z.avail_in == 0 && z.avail_out > 0) {
            break;
        }
        if (rc == Z_BUF_ERROR && z.avail_out > 0) {
            m_error = QCoreApplication::translate("Vigil::Scraper", "damaged compressed data");
            return Status::Corrupt;
        }
    }
    return Status::Ok;
}

} // namespace Vigil
