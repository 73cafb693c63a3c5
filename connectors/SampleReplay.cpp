// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleReplay.h"

#include "ExpositionSample.h"
#include "ExpositionVisitor.h"
#include "ScrapeSamples.h"

#include <vector>

namespace Vigil {

namespace {

std::string_view view(QByteArrayView bytes)
{
    return {bytes.data(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

void replaySamples(const ScrapeSamples &samples, ExpositionVisitor &visitor)
{
    std::vector<ExpositionLabel> labels;
    labels.reserve(16);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        labels.clear();
        const qsizetype count = samples.labelCount(i);
        for (qsizetype l = 0; l < count; ++l) {
            labels.push_back({view(samples.labelName(i, l)), view(samples.labelValue(i, l))});
        }
        ExpositionSample sample;
        sample.name = view(samples.name(i));
        sample.family = view(samples.family(i));
        sample.type = samples.type(i);
        sample.labels = labels;
        sample.value = samples.value(i);
        sample.timestampMs = samples.timestampMs(i);
        visitor.sample(sample);
    }
}

} // namespace Vigil
