// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownHosts.h"

#include "SshLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace Vigil {

namespace {

struct Entry
{
    QString marker; // empty, "@revoked" or "@cert-authority"
    QString hosts;
    QString type;
    QByteArray blob;
    QString where;
};

bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == text[t])) {
            ++p;
            ++t;
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

bool hashedMatch(const QString &pattern, const QString &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QStringList parts = pattern.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1")) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || hash.isEmpty()) {
        return false;
    }
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

// ssh's rule: a negated pattern that matches rejects the line whatever else matches.
bool hostsMatch(const QString &hosts, const QString &name)
{
    const QString lowered = name.toLower();
    bool matched = false;
    for (const QString &raw : hosts.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (raw.startsWith(QLatin1String("|1|"))) {
            matched = matched || hashedMatch(raw, name);
            continue;
        }
        const bool negated = raw.startsWith(QLatin1Char('!'));
        const QString pattern = (negated ? raw.mid(1) : raw).toLower();
        if (globMatch(pattern, lowered)) {
            if (negated) {
                return false;
            }
            matched = true;
        }
    }
    return matched;
}

std::optional<Entry> parseLine(const QByteArray &rawLine, const QString &where)
{
    const QString line = QString::fromUtf8(rawLine).trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
        return std::nullopt;
    }
    QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    Entry entry;
    entry.where = where;
    if (fields.constFirst().startsWith(QLatin1Char('@'))) {
        entry.marker = fields.takeFirst();
    }
    if (fields.size() < 3) {
        qCWarning(lcSsh) << "known_hosts: skipping a line without host, key type and key at" << where;
        return std::nullopt;
    }
    entry.hosts = fields.at(0);
    entry.type = fields.at(1);
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(fields.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        qCWarning(lcSsh) << "known_hosts: skipping a line whose key is not base64 at" << where;
        return std::nullopt;
    }
    entry.blob = decoded.decoded;
    return entry;
}

// nullopt: the file could not be read (a missing file is an empty list).
std::optional<QList<Entry>> readEntries(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.exists()) {
        return entries;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(1024 * 1024);
        ++lineNumber;
        if (std::optional<Entry> entry = parseLine(line, QStringLiteral("%1:%2").arg(path).arg(lineNumber))) {
            entries.append(std::move(*entry));
        }
    }
    return entries;
}

} // namespace

KnownHosts::KnownHosts(QString path, QStringList readOnlyPaths)
    : m_path(std::move(path))
    , m_readOnlyPaths(std::move(readOnlyPaths))
{
}

QString KnownHosts::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("VIGIL_KNOWN_HOSTS");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    // Next to the database, so the console and vigil-cli share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/vigil/known_hosts");
}

QString KnownHosts::userKnownHostsPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::path() const
{
    return m_path;
}

QStringList KnownHosts::readOnlyPaths() const
{
    return m_readOnlyPaths;
}

QString KnownHosts::hostName(const QString &host, int port)
{
    const QString bare =
        host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')) ? host.mid(1, host.size() - 2) : host;
    if (port == 22) {
        return bare;
    }
    return QStringLiteral("[%1]:%2").arg(bare).arg(port);
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
           + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString KnownHosts::keyType(const QByteArray &keyBlob)
{
    if (keyBlob.size() < 4) {
        return {};
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(keyBlob.constData());
    const quint32 length = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | bytes[3];
    if (length == 0 || length > 64 || qsizetype(length) > keyBlob.size() - 4) {
        return {};
    }
    return QString::fromLatin1(keyBlob.mid(4, length));
}

Result<KnownHosts::Lookup> KnownHosts::lookup(const QString &host, int port, const QByteArray &keyBlob) const
{
    const QString name = hostName(host, port);
    std::optional<Entry> revoked;
    std::optional<Entry> sameType;
    std::optional<Entry> other;
    bool matched = false;
    const QString offeredType = keyType(keyBlob);

    QStringList paths{m_path};
    paths += m_readOnlyPaths;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const std::optional<QList<Entry>> entries = readEntries(paths.at(i));
        if (!entries) {
            if (i == 0) {
                // Without Vigil's own file nothing can be verified: refuse rather than treat every host as new.
                return Error{ErrorCode::Io, tr("cannot read the known hosts file"), paths.at(i)};
            }
            qCWarning(lcSsh) << "known_hosts: cannot read" << paths.at(i) << "- ignoring it";
            continue;
        }
        for (const Entry &entry : *entries) {
            if (!hostsMatch(entry.hosts, name)) {
                continue;
            }
            if (entry.marker == QLatin1String("@revoked")) {
                if (entry.blob == keyBlob && !revoked) {
                    revoked = entry;
                }
                continue;
            }
            if (!entry.marker.isEmpty()) {
                continue; // @cert-authority (and unknown markers) never vouch for a plain key
            }
            if (entry.blob == keyBlob) {
                matched = true;
            } else if (keyType(entry.blob) == offeredType) {
                if (!sameType) {
                    sameType = entry;
                }
            } else if (!other) {
                other = entry;
            }
        }
    }

    Lookup result;
    const auto describe = [&result](const Entry &entry) {
        result.knownType = keyType(entry.blob);
        if (result.knownType.isEmpty()) {
            result.knownType = entry.type;
        }
        result.knownFingerprint = fingerprint(entry.blob);
        result.knownWhere = entry.where;
    };
    if (revoked) {
        result.verdict = Verdict::Revoked;
        describe(*revoked);
    } else if (matched) {
        result.verdict = Verdict::Match;
    } else if (sameType || other) {
        result.verdict = Verdict::Changed;
        describe(sameType ? *sameType : *other);
    }
    return result;
}

QStringList KnownHosts::knownKeyTypes(const QString &host, int port) const
{
    const QString name = hostName(host, port);
    QStringList types;
    QStringList paths{m_path};
    paths += m_readOnlyPaths;
    for (const QString &path : paths) {
        const std::optional<QList<Entry>> entries = readEntries(path);
        if (!entries) {
            continue;
        }
        for (const Entry &entry : *entries) {
            if (entry.marker.isEmpty() && hostsMatch(entry.hosts, name)) {
                const QString type = keyType(entry.blob);
                if (!type.isEmpty() && !types.contains(type)) {
                    types.append(type);
                }
            }
        }
    }
    return types;
}

Status KnownHosts::add(const QString &host, int port, const QByteArray &keyBlob)
{
    const QString type = keyType(keyBlob);
    if (type.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("the host key is malformed"), hostName(host, port)};
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        return Error{ErrorCode::Io, tr("cannot create the folder for the known hosts file"), m_path};
    }
    // Another console or vigil-cli may add a host at the same moment: without the lock one of the two additions
    // would be lost when the second rename replaces the first.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(5000)) {
        return Error{ErrorCode::Io, tr("the known hosts file is locked by another program"), m_path};
    }
    QByteArray content;
    QFile existing(m_path);
    const bool existed = existing.exists();
    if (existed) {
        if (!existing.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::Io, tr("cannot read the known hosts file: %1").arg(existing.errorString()), m_path};
        }
        content = existing.readAll();
        existing.close();
    }
    if (!content.isEmpty() && !content.endsWith('\n')) {
        content.append('\n');
    }
    content += hostName(host, port).toUtf8() + ' ' + type.toLatin1() + ' ' + keyBlob.toBase64() + '\n';

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Io, tr("cannot write the known hosts file: %1").arg(file.errorString()), m_path};
    }
    if (!existed) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (file.write(content) != content.size() || !file.commit()) {
        return Error{ErrorCode::Io, tr("cannot write the known hosts file: %1").arg(file.errorString()), m_path};
    }
    qCInfo(lcSsh) << "known_hosts: added" << hostName(host, port) << type << fingerprint(keyBlob);
    return {};
}

} // namespace Vigil
