// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrapeSamples.h"

namespace Vigil {

qsizetype ScrapeSamples::size() const
{
    return m_samples.size();
}

bool ScrapeSamples::isEmpty() const
{
    return m_samples.isEmpty();
}

QByteArrayView ScrapeSamples::view(StringRef ref) const
{
    return QByteArrayView(m_strings.constData() + ref.offset, ref.size);
}

QByteArrayView ScrapeSamples::name(qsizetype index) const
{
    return view(m_samples.at(index).name);
}

QByteArrayView ScrapeSamples::family(qsizetype index) const
{
    return view(m_samples.at(index).family);
}

MetricType ScrapeSamples::type(qsizetype index) const
{
    return m_samples.at(index).type;
}

double ScrapeSamples::value(qsizetype index) const
{
    return m_samples.at(index).value;
}

std::optional<qint64> ScrapeSamples::timestampMs(qsizetype index) const
{
    const SampleRecord &sample = m_samples.at(index);
    return sample.hasTimestamp ? std::optional<qint64>(sample.timestampMs) : std::nullopt;
}

qsizetype ScrapeSamples::labelCount(qsizetype index) const
{
    return m_samples.at(index).labelCount;
}

QByteArrayView ScrapeSamples::labelName(qsizetype index, qsizetype label) const
{
    return view(m_labels.at(m_samples.at(index).firstLabel + label).name);
}

QByteArrayView ScrapeSamples::labelValue(qsizetype index, qsizetype label) const
{
    return view(m_labels.at(m_samples.at(index).firstLabel + label).value);
}

std::optional<QByteArrayView> ScrapeSamples::label(qsizetype index, QByteArrayView labelName) const
{
    const SampleRecord &sample = m_samples.at(index);
    for (quint32 i = 0; i < sample.labelCount; ++i) {
        const LabelRecord &label = m_labels.at(sample.firstLabel + i);
        if (view(label.name) == labelName) {
            return view(label.value);
        }
    }
    return std::nullopt;
}

qsizetype ScrapeSamples::indexOf(QByteArrayView name,
                                 std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> labels,
                                 qsizetype from) const
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i < m_samples.size(); ++i) {
        if (view(m_samples.at(i).name) != name) {
            continue;
        }
        bool all = true;
        for (const auto &[labelName, labelValue] : labels) {
            const std::optional<QByteArrayView> actual = label(i, labelName);
            if (!actual || *actual != labelValue) {
                all = false;
                break;
            }
        }
        if (all) {
            return i;
        }
    }
    return -1;
}

std::optional<double>
ScrapeSamples::value(QByteArrayView name, std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> labels) const
{
    const qsizetype index = indexOf(name, labels);
    return index < 0 ? std::nullopt : std::optional<double>(value(index));
}

ScrapeSamples::StringRef ScrapeSamples::store(std::string_view text)
{
    // Bodies are capped at 16 MiB by default, far below 4 GiB, so 32-bit offsets are enough.
    const StringRef ref{static_cast<quint32>(m_strings.size()), static_cast<quint32>(text.size())};
    m_strings.append(text.data(), static_cast<qsizetype>(text.size()));
    return ref;
}

void ScrapeSamples::append(const ExpositionSample &sample)
{
    const SampleRecord *previous = m_samples.isEmpty() ? nullptr : &m_samples.constLast();
    const auto sameAs = [this](StringRef ref, std::string_view text) {
        return ref.size == text.size() && view(ref) == QByteArrayView(text.data(), qsizetype(text.size()));
    };

    SampleRecord record;
    record.name = previous && sameAs(previous->name, sample.name) ? previous->name : store(sample.name);
    if (sample.family == sample.name) {
        record.family = record.name;
    } else {
        record.family = previous && sameAs(previous->family, sample.family) ? previous->family : store(sample.family);
    }
    record.type = sample.type;
    record.value = sample.value;
    record.hasTimestamp = sample.timestampMs.has_value();
    record.timestampMs = sample.timestampMs.value_or(0);
    record.firstLabel = static_cast<quint32>(m_labels.size());
    // The parser caps labels per sample (64 by default); a quint16 holds any sane limit.
    record.labelCount = static_cast<quint16>(qMin<qsizetype>(qsizetype(sample.labels.size()), 0xffff));

    for (quint16 i = 0; i < record.labelCount; ++i) {
        const ExpositionLabel &label = sample.labels[i];
        LabelRecord labelRecord;
        if (previous && i < previous->labelCount && sameAs(m_labels.at(previous->firstLabel + i).name, label.name)) {
            labelRecord.name = m_labels.at(previous->firstLabel + i).name;
        } else {
            labelRecord.name = store(label.name);
        }
        labelRecord.value = store(label.value);
        m_labels.append(labelRecord);
    }
    m_samples.append(record);
}

void ScrapeSamples::clear()
{
    m_strings.clear();
    m_samples.clear();
    m_labels.clear();
}

} // namespace Vigil
