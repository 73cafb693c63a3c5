// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandTemplate.h"

namespace Vigil {

QStringList CommandTemplate::knownPlaceholders()
{
    return {QStringLiteral("host"), QStringLiteral("address"),  QStringLiteral("port"),
            QStringLiteral("user"), QStringLiteral("device"),   QStringLiteral("client"),
            QStringLiteral("site"), QStringLiteral("ssh_port"), QStringLiteral("vnc_port")};
}

Result<CommandTemplate> CommandTemplate::parse(const QString &text)
{
    CommandTemplate parsed;
    parsed.m_text = text;
    QList<Word> words;
    Word word;
    bool inWord = false;
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty()) {
            word.append(Piece{false, literal});
            literal.clear();
        }
    };
    const auto endWord = [&] {
        flushLiteral();
        if (inWord) {
            words.append(word);
        }
        word.clear();
        inWord = false;
    };
    const qsizetype n = text.size();
    // At a '%': reads the placeholder (or "%%") and leaves i on its closing '%'. Returns an error message or "".
    const auto readPlaceholder = [&](qsizetype &i) -> QString {
        const qsizetype close = text.indexOf(QLatin1Char('%'), i + 1);
        if (close < 0) {
            return tr("a '%' has no closing '%' (write %% for a percent sign)");
        }
        const QString name = text.mid(i + 1, close - i - 1);
        if (name.isEmpty()) {
            literal.append(QLatin1Char('%'));
        } else if (!knownPlaceholders().contains(name)) {
            return tr("unknown placeholder %1 (known: %2)")
                .arg(QLatin1Char('%') + name + QLatin1Char('%'),
                     QLatin1Char('%') + knownPlaceholders().join(QStringLiteral("%, %")) + QLatin1Char('%'));
        } else {
            flushLiteral();
            word.append(Piece{true, name});
        }
        i = close;
        return QString();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0)) {
            return Error{ErrorCode::InvalidInput, tr("a command template is one line"), text};
        }
        if (c.isSpace()) {
            endWord();
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            // Single quotes: everything literal, placeholders included.
            const qsizetype close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                return Error{ErrorCode::InvalidInput, tr("a quote is not closed"), text};
            }
            literal += text.mid(i + 1, close - i - 1);
            i = close;
        } else if (c == QLatin1Char('"')) {
            bool closed = false;
            for (++i; i < n; ++i) {
                const QChar q = text.at(i);
                if (q == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\\') && i + 1 < n
                    && (text.at(i + 1) == QLatin1Char('"') || text.at(i + 1) == QLatin1Char('\\')
                        || text.at(i + 1) == QLatin1Char('%'))) {
                    literal.append(text.at(++i));
                } else if (q == QLatin1Char('%')) {
                    if (const QString problem = readPlaceholder(i); !problem.isEmpty()) {
                        return Error{ErrorCode::InvalidInput, problem, text};
                    }
                } else {
                    literal.append(q);
                }
            }
            if (!closed) {
                return Error{ErrorCode::InvalidInput, tr("a quote is not closed"), text};
            }
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= n) {
                return Error{ErrorCode::InvalidInput, tr("the template ends with a backslash"), text};
            }
            literal.append(text.at(++i));
        } else if (c == QLatin1Char('%')) {
            if (const QString problem = readPlaceholder(i); !problem.isEmpty()) {
                return Error{ErrorCode::InvalidInput, problem, text};
            }
        } else {
            literal.append(c);
        }
    }
    endWord();
    if (words.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("the command template is empty"), text};
    }
    const Word program = words.takeFirst();
    for (const Piece &piece : program) {
        if (piece.placeholder) {
            return Error{ErrorCode::InvalidInput,
                         tr("the program cannot contain a placeholder: a device field must not choose what runs"),
                         text};
        }
        parsed.m_program += piece.text;
    }
    if (parsed.m_program.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("the command template names no program"), text};
    }
    parsed.m_arguments = words;
    return parsed;
}

QString CommandTemplate::text() const
{
    return m_text;
}

QString CommandTemplate::program() const
{
    return m_program;
}

QStringList CommandTemplate::usedPlaceholders() const
{
    QStringList used;
    for (const Word &word : m_arguments) {
        for (const Piece &piece : word) {
            if (piece.placeholder && !used.contains(piece.text)) {
                used.append(piece.text);
            }
        }
    }
    return used;
}

Result<QStringList> CommandTemplate::expandArguments(const QHash<QString, QString> &values) const
{
    QStringList arguments;
    for (const Word &word : m_arguments) {
        QString argument;
        for (qsizetype p = 0; p < word.size(); ++p) {
            const Piece &piece = word.at(p);
            if (!piece.placeholder) {
                argument += piece.text;
                continue;
            }
            const QString value = values.value(piece.text);
            const QString name = QLatin1Char('%') + piece.text + QLatin1Char('%');
            if (value.isEmpty()) {
                return Error{ErrorCode::InvalidInput, tr("the template needs %1 and the device has none").arg(name),
                             m_text};
            }
            if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) || value.contains(QChar(0))) {
                return Error{ErrorCode::InvalidInput, tr("the value for %1 contains a line break").arg(name), m_text};
            }
            if (argument.isEmpty() && value.startsWith(QLatin1Char('-'))) {
                return Error{ErrorCode::InvalidInput,
                             tr("the value for %1 begins with '-' and would be read as an option").arg(name), m_text};
            }
            argument += value;
        }
        arguments.append(argument);
    }
    return arguments;
}

} // namespace Vigil
