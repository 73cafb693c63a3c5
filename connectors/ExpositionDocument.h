// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpositionSample.h"
#include "ParserLimits.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace Vigil {

struct ExpositionSampleRecord
{
    QByteArray name;
    QList<std::pair<QByteArray, QByteArray>> labels;
    double value = 0.0;
    std::optional<qint64> timestampMs;
    qsizetype line = 0;

    std::optional<QByteArray> label(QByteArrayView labelName) const;
};

struct ExpositionFamilyRecord
{
    QByteArray name;
    MetricType type = MetricType::Untyped;
    QByteArray help;
    QByteArray unit;
    QList<ExpositionSampleRecord> samples;
};

// Everything in one body, copied into owning containers: for tests, tools and the CLI, where allocation does not
// matter. The poller uses ExpositionParser with its own visitor instead.
class ExpositionDocument final
{
public:
    static Result<ExpositionDocument> parse(QByteArrayView body, ExpositionFormat format = ExpositionFormat::Prometheus,
                                            const ParserLimits &limits = {});

    const QList<ExpositionFamilyRecord> &families() const;
    qsizetype sampleCount() const;
    // The first family with that name, or null.
    const ExpositionFamilyRecord *family(QByteArrayView name) const;
    // The first sample called `name` that has every one of `labels` (it may have more).
    const ExpositionSampleRecord *
    find(QByteArrayView name, std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> labels = {}) const;
    std::optional<double> value(QByteArrayView name,
                                std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> labels = {}) const;

private:
    friend class ExpositionDocumentBuilder;

    QList<ExpositionFamilyRecord> m_families;
    qsizetype m_sampleCount = 0;
};

} // namespace Vigil
