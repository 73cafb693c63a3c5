// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpositionSample.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace Vigil {

// The samples of one scrape, owned and compact: every string lives in one byte arena, each sample is a small fixed
// record and labels are one flat array, so a 1,000-sample body costs a handful of allocations instead of thousands,
// and a copy (into a queued signal, to another thread) shares the data. Names repeated by consecutive samples and
// label names repeated at the same position are stored once.
class ScrapeSamples final
{
public:
    qsizetype size() const;
    bool isEmpty() const;

    QByteArrayView name(qsizetype index) const;
    // The HELP/TYPE family the sample belongs to (see ExpositionSample::family).
    QByteArrayView family(qsizetype index) const;
    MetricType type(qsizetype index) const;
    double value(qsizetype index) const;
    std::optional<qint64> timestampMs(qsizetype index) const;
    qsizetype labelCount(qsizetype index) const;
    QByteArrayView labelName(qsizetype index, qsizetype label) const;
    QByteArrayView labelValue(qsizetype index, qsizetype label) const;
    std::optional<QByteArrayView> label(qsizetype index, QByteArrayView labelName) const;

    // The first sample at or after `from` called `name` that has every one of `labels` (it may have more), or -1.
    qsizetype indexOf(QByteArrayView name, std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> labels = {},
                      qsizetype from = 0) const;
    std::optional<double> value(QByteArrayView name,
                                std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> labels = {}) const;

    // Copies one sample in (the views in `sample` are only valid during the parser's visitor call).
    void append(const ExpositionSample &sample);
    void clear();

private:
    struct StringRef
    {
        quint32 offset = 0;
        quint32 size = 0;
    };
    struct LabelRecord
    {
        StringRef name;
        StringRef value;
    };
    struct SampleRecord
    {
        StringRef name;
        StringRef family;
        qint64 timestampMs = 0;
        double value = 0.0;
        quint32 firstLabel = 0;
        quint16 labelCount = 0;
        MetricType type = MetricType::Untyped;
        bool hasTimestamp = false;
    };

    StringRef store(std::string_view text);
    QByteArrayView view(StringRef ref) const;

    QByteArray m_strings;
    QList<SampleRecord> m_samples;
    QList<LabelRecord> m_labels;
};

} // namespace Vigil
