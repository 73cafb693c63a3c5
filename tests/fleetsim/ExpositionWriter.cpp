// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpositionWriter.h"

#include <charconv>
#include <cmath>

namespace VigilFleetSim {

void ExpositionWriter::family(std::string_view name, std::string_view help, std::string_view type)
{
    m_text += "# HELP ";
    m_text += name;
    m_text += ' ';
    for (const char c : help) {
        if (c == '\\') {
            m_text += "\\\\";
        } else if (c == '\n') {
            m_text += "\\n";
        } else {
            m_text += c;
        }
    }
    m_text += "\n# TYPE ";
    m_text += name;
    m_text += ' ';
    m_text += type;
    m_text += '\n';
}

void ExpositionWriter::sample(std::string_view name, double value)
{
    m_text += name;
    m_text += ' ';
    appendNumber(m_text, value);
    m_text += '\n';
    ++m_samples;
}

void ExpositionWriter::sample(std::string_view name, std::initializer_list<Label> labels, double value)
{
    m_text += name;
    if (labels.size() > 0) {
        m_text += '{';
        bool first = true;
        for (const Label &label : labels) {
            if (!first) {
                m_text += ',';
            }
            first = false;
            m_text += label.first;
            m_text += "=\"";
            appendEscapedLabelValue(m_text, label.second);
            m_text += '"';
        }
        m_text += '}';
    }
    m_text += ' ';
    appendNumber(m_text, value);
    m_text += '\n';
    ++m_samples;
}

void ExpositionWriter::raw(std::string_view text)
{
    m_text += text;
}

int ExpositionWriter::sampleCount() const
{
    return m_samples;
}

std::string &ExpositionWriter::text()
{
    return m_text;
}

void ExpositionWriter::appendEscapedLabelValue(std::string &out, std::string_view value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
}

void ExpositionWriter::appendNumber(std::string &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
        return;
    }
    if (value == 0.0) {
        out += '0';
        return;
    }
    // client_golang formats with strconv 'g' and shortest precision: exponent form when the decimal exponent is
    // below -4 or at least 6 (eprec is fixed at 6 for shortest), with at least two exponent digits, as C++ does.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string_view sci(buffer, static_cast<std::size_t>(result.ptr - buffer));
    const std::size_t ePos = sci.find('e');
    int exponent = 0;
    std::from_chars(sci.data() + ePos + (sci[ePos + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exponent);
    if (exponent < -4 || exponent >= 6) {
        out += sci;
        return;
    }
    std::string digits;
    bool negative = false;
    for (const char c : sci.substr(0, ePos)) {
        if (c == '-') {
            negative = true;
        } else if (c != '.') {
            digits += c;
        }
    }
    const int digitCount = static_cast<int>(digits.size());
    const int decimalPoint = exponent + 1;
    if (negative) {
        out += '-';
    }
    if (decimalPoint <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-decimalPoint), '0');
        out += digits;
    } else if (decimalPoint >= digitCount) {
        out += digits;
        out.append(static_cast<std::size_t>(decimalPoint - digitCount), '0');
    } else {
        out.append(digits, 0, static_cast<std::size_t>(decimalPoint));
        out += '.';
        out.append(digits, static_cast<std::size_t>(decimalPoint), std::string::npos);
    }
}

} // namespace VigilFleetSim
