// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfigReader.h"

#include "ImportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Vigil {

namespace {

// OpenSSH 9.2's ssh_config keywords (readconf.c's table, including the deprecated and unsupported names it still
// accepts, the GSSAPI ones and Debian's additions). ssh(1) refuses anything else, and so do we.
const QSet<QString> &knownKeywords()
{
    static const QSet<QString> keywords = [] {
        static const char *const names[] = {
            "protocol",
            "cipher",
            "fallbacktorsh",
            "globalknownhostsfile2",
            "rhostsauthentication",
            "userknownhostsfile2",
            "useroaming",
            "usersh",
            "useprivilegedport",
            "afstokenpassing",
            "kerberosauthentication",
            "kerberostgtpassing",
            "rsaauthentication",
            "rhostsrsaauthentication",
            "compressionlevel",
            "gssapiauthentication",
            "gssapidelegatecredentials",
            "gssapikeyexchange",
            "gssapiclientidentity",
            "gssapiserveridentity",
            "gssapirenewalforcesrekey",
            "gssapitrustdns",
            "gssapikexalgorithms",
            "pkcs11provider",
            "smartcarddevice",
            "forwardagent",
            "forwardx11",
            "forwardx11trusted",
            "forwardx11timeout",
            "exitonforwardfailure",
            "xauthlocation",
            "gatewayports",
            "passwordauthentication",
            "kbdinteractiveauthentication",
            "kbdinteractivedevices",
            "challengeresponseauthentication",
            "skeyauthentication",
            "tisauthentication",
            "pubkeyauthentication",
            "dsaauthentication",
            "hostbasedauthentication",
            "identityfile",
            "identityfile2",
            "identitiesonly",
            "certificatefile",
            "addkeystoagent",
            "identityagent",
            "hostname",
            "hostkeyalias",
            "proxycommand",
            "port",
            "ciphers",
            "macs",
            "remoteforward",
            "localforward",
            "permitremoteopen",
            "user",
            "host",
            "match",
            "escapechar",
            "globalknownhostsfile",
            "userknownhostsfile",
            "connectionattempts",
            "batchmode",
            "checkhostip",
            "stricthostkeychecking",
            "compression",
            "tcpkeepalive",
            "keepalive",
            "numberofpasswordprompts",
            "syslogfacility",
            "loglevel",
            "logverbose",
            "dynamicforward",
            "preferredauthentications",
            "hostkeyalgorithms",
            "casignaturealgorithms",
            "bindaddress",
            "bindinterface",
            "clearallforwardings",
            "enablesshkeysign",
            "verifyhostkeydns",
            "nohostauthenticationforlocalhost",
            "rekeylimit",
            "connecttimeout",
            "addressfamily",
            "serveraliveinterval",
            "serveralivecountmax",
            "sendenv",
            "setenv",
            "controlpath",
            "controlmaster",
            "controlpersist",
            "hashknownhosts",
            "include",
            "tunnel",
            "tunneldevice",
            "localcommand",
            "permitlocalcommand",
            "remotecommand",
            "visualhostkey",
            "kexalgorithms",
            "ipqos",
            "requesttty",
            "sessiontype",
            "stdinnull",
            "forkafterauthentication",
            "proxyusefdpass",
            "canonicaldomains",
            "canonicalizefallbacklocal",
            "canonicalizehostname",
            "canonicalizemaxdots",
            "canonicalizepermittedcnames",
            "streamlocalbindmask",
            "streamlocalbindunlink",
            "revokedhostkeys",
            "fingerprinthash",
            "updatehostkeys",
            "hostbasedacceptedalgorithms",
            "hostbasedkeytypes",
            "pubkeyacceptedalgorithms",
            "pubkeyacceptedkeytypes",
            "ignoreunknown",
            "proxyjump",
            "securitykeyprovider",
            "knownhostscommand",
            "requiredrsasize",
            "enableescapecommandline",
            "protocolkeepalives",
            "setuptimeout",
        };
        QSet<QString> set;
        for (const char *name : names) {
            set.insert(QString::fromLatin1(name));
        }
        return set;
    }();
    return keywords;
}

// OpenSSH stops at 16 nested configuration files (READCONF_MAX_DEPTH).
constexpr int maxIncludeDepth = 16;

// ssh's match_pattern(): '*' any run, '?' one character; here case-insensitive, since device names are.
// Iterative with one backtrack point, so hostile patterns cannot blow up.
bool wildcardMatch(QStringView text, QStringView pattern)
{
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size()
            && (pattern[p] == QLatin1Char('?') || pattern[p].toCaseFolded() == text[t].toCaseFolded())) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
        ++p;
    }
    return p == pattern.size();
}

struct HostBlock
{
    QStringList patterns;

    // As ssh(1): a matching negated pattern excludes the host whatever else matches.
    bool matches(const QString &alias) const
    {
        bool positive = false;
        for (const QString &pattern : patterns) {
            if (pattern.startsWith(QLatin1Char('!'))) {
                if (wildcardMatch(alias, QStringView(pattern).sliced(1))) {
                    return false;
                }
            } else if (wildcardMatch(alias, pattern)) {
                positive = true;
            }
        }
        return positive;
    }
};

struct Setting
{
    QString keyword; // lower case
    QString value;
    QList<int> blocks; // every Host block (outermost first) that has to match for the line to apply
};

struct Alias
{
    QString name;
    QString source;
};

struct Line
{
    QString keyword;
    QStringList args;
};

class ConfigParser final
{
public:
    explicit ConfigParser(QString baseDir)
        : m_baseDir(std::move(baseDir))
    {
    }

    std::optional<Error> parseFile(QByteArrayView data, const QString &sourceName, const QString &identity,
                                   const QList<int> &outerBlocks, int depth)
    {
        const QByteArrayView text = ImportText::withoutBom(data);
        if (auto error = ImportText::checkUtf8(text, sourceName)) {
            return error;
        }
        m_stack.append(identity);
        QList<int> blocks = outerBlocks;
        bool inMatch = false;
        int lineNumber = 0;
        for (const QString &rawLine : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
            ++lineNumber;
            const QString where = ImportText::where(sourceName, lineNumber);
            const auto fail = [&](const QString &message) { return Error{ErrorCode::Parse, message, where}; };
            auto parsed = splitLine(rawLine, where);
            if (!parsed) {
                return parsed.error();
            }
            const Line &line = *parsed;
            if (line.keyword.isEmpty()) {
                continue;
            }
            const QString keyword = line.keyword.toLower();
            if (!knownKeywords().contains(keyword)) {
                if (isIgnoredUnknown(keyword)) {
                    continue;
                }
                return fail(
                    QCoreApplication::translate("Vigil::SshConfigReader", "unknown directive '%1'").arg(line.keyword));
            }
            if (line.args.isEmpty() || line.args.first().isEmpty()) {
                return fail(keyword == QLatin1String("host")
                                ? QCoreApplication::translate("Vigil::SshConfigReader",
                                                              "'%1' needs at least one host name or pattern")
                                      .arg(line.keyword)
                                : QCoreApplication::translate("Vigil::SshConfigReader", "'%1' needs a value")
                                      .arg(line.keyword));
            }
            if (keyword == QLatin1String("host")) {
                for (const QString &pattern : line.args) {
                    if (pattern.isEmpty() || pattern == QLatin1String("!")) {
                        return fail(
                            QCoreApplication::translate("Vigil::SshConfigReader", "'%1' has an empty host pattern")
                                .arg(line.keyword));
                    }
                }
                m_blocks.append(HostBlock{line.args});
                blocks = outerBlocks;
                blocks.append(static_cast<int>(m_blocks.size() - 1));
                inMatch = false;
                for (const QString &pattern : line.args) {
                    const bool concrete = !pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?'))
                                          && !pattern.startsWith(QLatin1Char('!'));
                    if (concrete && !m_aliasKeys.contains(pattern.toCaseFolded())) {
                        m_aliasKeys.insert(pattern.toCaseFolded());
                        m_aliases.append(Alias{pattern, where});
                    }
                }
                continue;
            }
            if (keyword == QLatin1String("match")) {
                inMatch = true;
                m_warnings.append(
                    QCoreApplication::translate("Vigil::SshConfigReader", "Match blocks are not evaluated (%1)")
                        .arg(where));
                continue;
            }
            const bool mapped = keyword == QLatin1String("hostname") || keyword == QLatin1String("user")
                                || keyword == QLatin1String("port") || keyword == QLatin1String("proxyjump")
                                || keyword == QLatin1String("identityfile")
                                || keyword == QLatin1String("identityfile2");
            if (mapped && line.args.size() > 1) {
                return fail(
                    QCoreApplication::translate("Vigil::SshConfigReader", "'%1' takes one value, but '%2' follows it")
                        .arg(line.keyword, line.args.at(1)));
            }
            if (keyword == QLatin1String("port") && !ImportText::parsePort(line.args.first())) {
                return fail(QCoreApplication::translate("Vigil::SshConfigReader",
                                                        "Port '%1' is not a number between 1 and 65535")
                                .arg(line.args.first()));
            }
            if (keyword == QLatin1String("ignoreunknown")) {
                for (const QString &arg : line.args) {
                    m_ignoreUnknown.append(arg.split(QLatin1Char(','), Qt::SkipEmptyParts));
                }
                continue;
            }
            if (inMatch) {
                continue;
            }
            if (keyword == QLatin1String("include")) {
                if (auto error = include(line.args, where, blocks, depth)) {
                    return error;
                }
                continue;
            }
            if (mapped) {
                const QString name =
                    keyword == QLatin1String("identityfile2") ? QStringLiteral("identityfile") : keyword;
                m_settings.append(Setting{name, line.args.first(), blocks});
            }
        }
        m_stack.removeLast();
        return std::nullopt;
    }

    QList<ImportedDevice> devices() const
    {
        QList<ImportedDevice> result;
        for (const Alias &alias : m_aliases) {
            QHash<QString, QString> values;
            for (const Setting &setting : m_settings) {
                if (values.contains(setting.keyword)) {
                    continue;
                }
                const bool applies = std::all_of(setting.blocks.cbegin(), setting.blocks.cend(),
                                                 [&](int block) { return m_blocks.at(block).matches(alias.name); });
                if (applies) {
                    values.insert(setting.keyword, setting.value);
                }
            }
            ImportedDevice device;
            device.source = alias.source;
            device.name = alias.name;
            SshSettings ssh;
            ssh.enabled = true;
            if (values.contains(QStringLiteral("hostname"))) {
                ssh.host = expandHostName(values.value(QStringLiteral("hostname")), alias.name);
                device.address = ssh.host;
            } else {
                ssh.host = alias.name; // ssh(1) connects to the alias itself
            }
            ssh.user = values.value(QStringLiteral("user"));
            ssh.port = ImportText::parsePort(values.value(QStringLiteral("port"))).value_or(22);
            const QString proxyJump = values.value(QStringLiteral("proxyjump"));
            ssh.proxyJump = proxyJump.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : proxyJump;
            if (values.contains(QStringLiteral("identityfile"))) {
                ssh.identityFile = expandPath(values.value(QStringLiteral("identityfile")));
            }
            device.ssh = ssh;
            result.append(std::move(device));
        }
        return result;
    }

    QStringList warnings() const { return m_warnings; }

private:
    // OpenSSH's line syntax: "Keyword value…" or "Keyword=value…", arguments split on blanks, double or single
    // quotes group, a backslash escapes a quote, a backslash or (outside quotes) a blank, and an unquoted '#'
    // at the start of an argument begins a comment.
    static Result<Line> splitLine(QString text, const QString &where)
    {
        if (text.endsWith(QLatin1Char('\r'))) {
            text.chop(1);
        }
        const auto isBlank = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
        Line line;
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n && isBlank(text[i])) {
            ++i;
        }
        if (i >= n || text[i] == QLatin1Char('#')) {
            return line;
        }
        const qsizetype keywordStart = i;
        while (i < n && !isBlank(text[i]) && text[i] != QLatin1Char('=')) {
            ++i;
        }
        line.keyword = text.sliced(keywordStart, i - keywordStart);
        if (line.keyword.isEmpty()) {
            return Error{ErrorCode::Parse,
                         QCoreApplication::translate("Vigil::SshConfigReader", "a line starts with '=' instead of a "
                                                                               "keyword"),
                         where};
        }
        while (i < n && isBlank(text[i])) {
            ++i;
        }
        if (i < n && text[i] == QLatin1Char('=')) {
            ++i;
        }
        while (true) {
            while (i < n && isBlank(text[i])) {
                ++i;
            }
            if (i >= n || text[i] == QLatin1Char('#')) {
                break;
            }
            QString arg;
            QChar quote;
            while (i < n) {
                const QChar c = text[i];
                if (quote.isNull() && isBlank(c)) {
                    break;
                }
                if (c == QLatin1Char('\\') && i + 1 < n) {
                    const QChar next = text[i + 1];
                    if (next == QLatin1Char('\\') || next == QLatin1Char('"') || next == QLatin1Char('\'')
                        || (quote.isNull() && isBlank(next))) {
                        arg += next;
                        i += 2;
                        continue;
                    }
                }
                if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                    quote = c;
                } else if (!quote.isNull() && c == quote) {
                    quote = QChar();
                } else {
                    arg += c;
                }
                ++i;
            }
            if (!quote.isNull()) {
                return Error{ErrorCode::Parse,
                             QCoreApplication::translate("Vigil::SshConfigReader",
                                                         "a quoted value is not closed (a closing %1 is missing)")
                                 .arg(quote),
                             where};
            }
            line.args.append(arg);
        }
        return line;
    }

    bool isIgnoredUnknown(const QString &keyword) const
    {
        return std::any_of(m_ignoreUnknown.cbegin(), m_ignoreUnknown.cend(),
                           [&](const QString &pattern) { return wildcardMatch(keyword, pattern); });
    }

    // "~" and "~/…" are the home directory, "%d" too; other relative paths are relative to baseDir. Other % tokens
    // are kept as written.
    QString expandPath(const QString &path) const
    {
        if (path == QLatin1String("~")) {
            return QDir::homePath();
        }
        if (path.startsWith(QLatin1String("~/"))) {
            return QDir::homePath() + path.sliced(1);
        }
        if (path.startsWith(QLatin1String("%d/"))) {
            return QDir::homePath() + path.sliced(2);
        }
        if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('~'))
            || path.startsWith(QLatin1Char('%'))) {
            return path;
        }
        return QDir::cleanPath(QDir(m_baseDir).filePath(path));
    }

    static QString expandHostName(const QString &hostName, const QString &alias)
    {
        QString result;
        for (qsizetype i = 0; i < hostName.size(); ++i) {
            if (hostName[i] == QLatin1Char('%') && i + 1 < hostName.size()) {
                const QChar token = hostName[i + 1];
                if (token == QLatin1Char('h')) {
                    result += alias;
                    ++i;
                    continue;
                }
                if (token == QLatin1Char('%')) {
                    result += QLatin1Char('%');
                    ++i;
                    continue;
                }
            }
            result += hostName[i];
        }
        return result;
    }

    // glob(3) over every path component, in name order, files only; like ssh, a pattern that matches nothing is
    // not an error.
    static QStringList glob(const QString &pattern)
    {
        const auto hasWildcard = [](const QString &part) {
            return part.contains(QLatin1Char('*')) || part.contains(QLatin1Char('?'))
                   || part.contains(QLatin1Char('['));
        };
        const QStringList parts = QDir::cleanPath(pattern).split(QLatin1Char('/'));
        QStringList current{pattern.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString()};
        for (const QString &part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            QStringList next;
            for (const QString &prefix : std::as_const(current)) {
                if (!hasWildcard(part)) {
                    next.append(
                        prefix
                        + (prefix.isEmpty() || prefix.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/"))
                        + part);
                    continue;
                }
                const QDir dir(prefix.isEmpty() ? QStringLiteral(".") : prefix);
                const QStringList entries = dir.entryList(
                    QStringList{part}, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::CaseSensitive,
                    QDir::Name);
                for (const QString &entry : entries) {
                    next.append(dir.filePath(entry));
                }
            }
            current = next;
        }
        QStringList files;
        for (const QString &path : std::as_const(current)) {
            if (QFileInfo(path).isFile()) {
                files.append(path);
            }
        }
        return files;
    }

    std::optional<Error> include(const QStringList &patterns, const QString &where, const QList<int> &blocks, int depth)
    {
        for (const QString &pattern : patterns) {
            for (const QString &path : glob(expandPath(pattern))) {
                const QString identity = QFileInfo(path).canonicalFilePath();
                if (m_stack.contains(identity)) {
                    QStringList chain = m_stack.sliced(m_stack.indexOf(identity));
                    chain.append(identity);
                    return Error{ErrorCode::Parse,
                                 QCoreApplication::translate("Vigil::SshConfigReader", "Include loop: %1")
                                     .arg(chain.join(QStringLiteral(" → "))),
                                 where};
                }
                if (depth + 1 > maxIncludeDepth) {
                    return Error{ErrorCode::Parse,
                                 QCoreApplication::translate("Vigil::SshConfigReader",
                                                             "Include is nested more than %1 levels deep")
                                     .arg(maxIncludeDepth),
                                 where};
                }
                auto data = ImportText::readFile(path);
                if (!data) {
                    Error error = data.error();
                    error.where = where;
                    return error;
                }
                if (auto error = parseFile(*data, path, identity, blocks, depth + 1)) {
                    return error;
                }
            }
        }
        return std::nullopt;
    }

    QString m_baseDir;
    QList<HostBlock> m_blocks;
    QList<Setting> m_settings;
    QList<Alias> m_aliases;
    QSet<QString> m_aliasKeys;
    QStringList m_ignoreUnknown;
    QStringList m_warnings;
    QStringList m_stack; // files being read, outermost first, to catch Include loops
};

} // namespace

Result<InventoryImport> SshConfigReader::readFile(const QString &path)
{
    auto data = ImportText::readFile(path);
    if (!data) {
        return data.error();
    }
    return parse(*data, path, QFileInfo(path).absolutePath());
}

Result<InventoryImport> SshConfigReader::parse(QByteArrayView data, const QString &sourceName, const QString &baseDir)
{
    ConfigParser parser(baseDir);
    const QString canonical = QFileInfo(sourceName).canonicalFilePath();
    if (auto error = parser.parseFile(data, sourceName, canonical.isEmpty() ? sourceName : canonical, {}, 0)) {
        return *error;
    }
    InventoryImport result;
    result.source = sourceName;
    result.format = ImportFormat::SshConfig;
    result.devices = parser.devices();
    result.warnings = parser.warnings();
    return result;
}

} // namespace Vigil
