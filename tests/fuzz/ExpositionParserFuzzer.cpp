// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for ExpositionParser. Each input is parsed as both dialects, with the default and with tiny limits;
// the visitor reads every byte of every view so AddressSanitizer sees a view that points outside the body or the
// parser's buffers.
#include "ExpositionParser.h"
#include "ExpositionVisitor.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>

namespace {

using namespace Vigil;

class TouchingVisitor final : public ExpositionVisitor
{
public:
    void help(std::string_view family, std::string_view text) override
    {
        touch(family);
        touch(text);
    }
    void unit(std::string_view family, std::string_view u) override
    {
        touch(family);
        touch(u);
    }
    void sample(const ExpositionSample &s) override
    {
        touch(s.name);
        touch(s.family);
        for (const ExpositionLabel &l : s.labels) {
            touch(l.name);
            touch(l.value);
        }
    }
    unsigned sum = 0;

private:
    void touch(std::string_view v)
    {
        for (char c : v) {
            sum += static_cast<unsigned char>(c);
        }
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ParserLimits tiny;
    tiny.maxSamples = 4;
    tiny.maxLabelsPerSample = 3;
    tiny.maxLabelValueBytes = 5;
    tiny.maxLineBytes = 40;
    for (const ParserLimits &limits : {ParserLimits{}, tiny}) {
        for (const ExpositionFormat format : {ExpositionFormat::Prometheus, ExpositionFormat::OpenMetrics}) {
            ExpositionParser parser(limits);
            TouchingVisitor visitor;
            const ExpositionParseResult result = parser.parse(body, visitor, format);
            if (!result.ok() && (result.line < 1 || result.column < 1 || result.column > body.size() + 1)) {
                std::abort(); // an error must point inside the body
            }
        }
    }
    return 0;
}
