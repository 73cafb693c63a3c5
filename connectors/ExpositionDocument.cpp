// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpositionDocument.h"

#include "ExpositionParser.h"
#include "ExpositionVisitor.h"

namespace Vigil {

namespace {

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

// Groups what the parser reports by family, in body order. A family interrupted by another starts a new record.
class ExpositionDocumentBuilder final : public ExpositionVisitor
{
public:
    explicit ExpositionDocumentBuilder(ExpositionDocument &document)
        : m_document(document)
    {
    }

    void help(std::string_view family, std::string_view text) override { familyRecord(family).help = bytes(text); }
    void type(std::string_view family, MetricType type) override { familyRecord(family).type = type; }
    void unit(std::string_view family, std::string_view unit) override { familyRecord(family).unit = bytes(unit); }

    void sample(const ExpositionSample &sample) override
    {
        ExpositionFamilyRecord &family = familyRecord(sample.family);
        if (family.samples.isEmpty() && family.help.isEmpty() && sample.family == sample.name) {
            family.type = sample.type;
        }
        ExpositionSampleRecord record;
        record.name = bytes(sample.name);
        record.labels.reserve(static_cast<qsizetype>(sample.labels.size()));
        for (const ExpositionLabel &label : sample.labels) {
            record.labels.append({bytes(label.name), bytes(label.value)});
        }
        record.value = sample.value;
        record.timestampMs = sample.timestampMs;
        record.line = sample.line;
        family.samples.append(std::move(record));
        ++m_document.m_sampleCount;
    }

private:
    ExpositionFamilyRecord &familyRecord(std::string_view name)
    {
        if (m_document.m_families.isEmpty() || m_document.m_families.constLast().name != QByteArrayView(name)) {
            ExpositionFamilyRecord record;
            record.name = bytes(name);
            m_document.m_families.append(std::move(record));
        }
        return m_document.m_families.last();
    }

    ExpositionDocument &m_document;
};

std::optional<QByteArray> ExpositionSampleRecord::label(QByteArrayView labelName) const
{
    for (const auto &[labelKey, labelValue] : labels) {
        if (labelKey == labelName) {
            return labelValue;
        }
    }
    return std::nullopt;
}

Result<ExpositionDocument> ExpositionDocument::parse(QByteArrayView body, ExpositionFormat format,
                                                     const ParserLimits &limits)
{
    ExpositionDocument document;
    ExpositionDocumentBuilder builder(document);
    ExpositionParser parser(limits);
    const ExpositionParseResult result = parser.parse(body, builder, format);
    if (!result.ok()) {
        return result.toError();
    }
    return document;
}

const QList<ExpositionFamilyRecord> &ExpositionDocument::families() const
{
    return m_families;
}

qsizetype ExpositionDocument::sampleCount() const
{
    return m_sampleCount;
}

const ExpositionFamilyRecord *ExpositionDocument::family(QByteArrayView name) const
{
    for (const ExpositionFamilyRecord &family : m_families) {
        if (family.name == name) {
            return &family;
        }
    }
    return nullptr;
}

const ExpositionSampleRecord *
ExpositionDocument::find(QByteArrayView name,
                         std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> labels) const
{
    for (const ExpositionFamilyRecord &family : m_families) {
        for (const ExpositionSampleRecord &sample : family.samples) {
            if (sample.name != name) {
                continue;
            }
            bool all = true;
            for (const auto &[labelName, labelValue] : labels) {
                const std::optional<QByteArray> value = sample.label(labelName);
                all = all && value && *value == labelValue;
            }
            if (all) {
                return &sample;
            }
        }
    }
    return nullptr;
}

std::optional<double>
ExpositionDocument::value(QByteArrayView name,
                          std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> labels) const
{
    const ExpositionSampleRecord *sample = find(name, labels);
    if (!sample) {
        return std::nullopt;
    }
    return sample->value;
}

} // namespace Vigil
