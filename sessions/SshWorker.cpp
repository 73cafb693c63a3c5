// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshWorker.h"

#include "KnownHosts.h"
#include "SshChannelPump.h"
#include "SshLogging.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <sys/socket.h>
#include <unistd.h>

#include <optional>
#include <vector>

namespace Vigil {

namespace {

constexpr int readSize = 64 * 1024;
// One output chunk is at most this big: large enough that 100 MB is a few hundred signals, small enough that the
// terminal model digests one between two repaints.
constexpr qsizetype maxChunkSize = 256 * 1024;
const char defaultHostKeyOrder[] =
    "ssh-ed25519,ecdsa-sha2-nistp521,ecdsa-sha2-nistp384,ecdsa-sha2-nistp256,rsa-sha2-512,rsa-sha2-256";

// Host key algorithms with the types on record first, so that a server with several keys shows the one Vigil
// knows instead of looking changed.
QByteArray hostKeyOrder(const QStringList &knownTypes)
{
    QStringList order;
    for (const QString &type : knownTypes) {
        if (type == QLatin1String("ssh-rsa")) {
            order << QStringLiteral("rsa-sha2-512") << QStringLiteral("rsa-sha2-256");
        } else {
            order << type;
        }
    }
    for (const QString &type : QString::fromLatin1(defaultHostKeyOrder).split(QLatin1Char(','))) {
        if (!order.contains(type)) {
            order << type;
        }
    }
    return order.join(QLatin1Char(',')).toLatin1();
}

enum class AuthStep { Start, Identity, Agent, KeyboardInteractive, Password, Exhausted };
enum class Waiting { Nothing, HostKey, Secret, Credentials };

struct Hop
{
    SshEndpoint endpoint;
    ssh_session session = nullptr;
    ssh_channel tunnel = nullptr; // to the next hop, relayed by pump
    std::unique_ptr<SshChannelPump> pump;
    int innerFd = -1; // this hop's session runs over this socket (one end of a socketpair); -1: plain TCP
};

} // namespace

struct SshWorker::Private
{
    SshWorker *q = nullptr;
    SshTarget target;
    SshSessionOptions options;
    KnownHosts knownHosts;
    std::vector<Hop> hops;
    size_t current = 0;
    Waiting waiting = Waiting::Nothing;
    HostKeyInfo pendingKey;
    bool finished = false;

    // Authentication of the current hop.
    AuthStep step = AuthStep::Start;
    int methods = 0;
    QStringList tried;
    std::optional<QString> password;
    bool passwordRequested = false;
    bool passwordAsked = false;
    std::optional<QString> passphrase;
    bool passphraseRequested = false;
    bool passphraseAsked = false;
    bool kbdStarted = false;
    bool kbdAutoAnswered = false;
    bool kbdAwaitingSecret = false;
    std::optional<QStringList> kbdAnswers;
    SshPrompts lastPrompts;
    SshPrompts::Kind askedKind = SshPrompts::Kind::Password;

    // The logged-in part.
    ssh_channel channel = nullptr;
    ssh_channel_callbacks_struct callbacks{};
    std::unique_ptr<SshChannelPump> forwardPump;
    QSocketNotifier *notifier = nullptr;
    QTimer *pollTimer = nullptr;
    QTimer *commandTimer = nullptr;
    int inFlight = 0;
    QString exitSignal;

    Private(SshWorker *worker, SshTarget t, SshSessionOptions o)
        : q(worker)
        , target(std::move(t))
        , options(std::move(o))
        , knownHosts(options.knownHostsPath.isEmpty() ? KnownHosts::defaultPath() : options.knownHostsPath,
                     options.readOnlyKnownHostsPaths)
    {
    }

    Hop &hop() { return hops[current]; }
    QString where() { return hop().endpoint.describe(); }

    void connectHop();
    void checkHostKey(const QByteArray &blob);
    void resetAuth();
    void continueAuth();
    bool handleKbdint(int rc);
    void askCredentials(SshPrompts prompts);
    void authenticated();
    void openTunnel();
    void openMainChannel();
    void readChannel();
    void finish(SshResult::Failure failure, const QString &message);
    void finishOk(const QString &message);
    void fail(SshResult result);
    SshResult::Failure classifyConnectError(const QString &error) const;
    void cleanup();
};

SshWorker::SshWorker(SshTarget target, SshSessionOptions options)
    : d(std::make_unique<Private>(this, std::move(target), std::move(options)))
{
}

SshWorker::~SshWorker()
{
    d->cleanup();
}

void SshWorker::start()
{
    for (const SshEndpoint &jump : d->target.jumps) {
        d->hops.push_back(Hop{jump, nullptr, nullptr, nullptr, -1});
    }
    d->hops.push_back(Hop{d->target.destination, nullptr, nullptr, nullptr, -1});
    d->current = 0;
    d->connectHop();
}

void SshWorker::Private::connectHop()
{
    Hop &h = hop();
    h.session = ssh_new();
    if (!h.session) {
        finish(SshResult::Failure::LocalError, tr("cannot create an SSH session"));
        return;
    }
    const QByteArray host = h.endpoint.host.toUtf8();
    const unsigned int port = unsigned(h.endpoint.port);
    const long timeout = qMax(1, options.connectTimeoutSeconds);
    const int processConfig = 0;
    const QByteArray order = hostKeyOrder(knownHosts.knownKeyTypes(h.endpoint.host, h.endpoint.port));
    // ~/.ssh/config is not applied behind the technician's back: Vigil's device settings say where to go (and
    // libssh 0.10 would run "ssh -W" for a ProxyJump it found there).
    ssh_options_set(h.session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(h.session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(h.session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(h.session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(h.session, SSH_OPTIONS_HOSTKEYS, order.constData());
    if (!h.endpoint.user.isEmpty()) {
        const QByteArray user = h.endpoint.user.toUtf8();
        ssh_options_set(h.session, SSH_OPTIONS_USER, user.constData());
    }
    if (h.innerFd >= 0) {
        socket_t fd = h.innerFd;
        ssh_options_set(h.session, SSH_OPTIONS_FD, &fd);
        h.innerFd = -1; // the session closes it
    }
    qCInfo(lcSsh) << "connecting to" << where() << (current > 0 ? "through a jump host" : "");
    if (ssh_connect(h.session) != SSH_OK) {
        const QString error = QString::fromUtf8(ssh_get_error(h.session));
        const SshResult::Failure failure = classifyConnectError(error);
        QString message;
        switch (failure) {
        case SshResult::Failure::Refused:
            message = tr("%1 refused the connection (is the SSH server running on port %2?)")
                          .arg(h.endpoint.host)
                          .arg(h.endpoint.port);
            break;
        case SshResult::Failure::Timeout:
            message = tr("%1 did not answer within %2 s").arg(h.endpoint.host).arg(timeout);
            break;
        case SshResult::Failure::HostUnreachable:
            message = tr("cannot reach %1 (%2)").arg(h.endpoint.host, error);
            break;
        default:
            message = tr("cannot connect to %1: %2").arg(where(), error);
            break;
        }
        finish(failure, message);
        return;
    }
    ssh_key key = nullptr;
    char *base64 = nullptr;
    if (ssh_get_server_publickey(h.session, &key) != SSH_OK || ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK) {
        ssh_key_free(key);
        finish(SshResult::Failure::ProtocolError, tr("%1 sent no usable host key").arg(where()));
        return;
    }
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    ssh_key_free(key);
    checkHostKey(blob);
}

SshResult::Failure SshWorker::Private::classifyConnectError(const QString &error) const
{
    if (error.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
        return SshResult::Failure::Refused;
    }
    if (error.contains(QLatin1String("timeout"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("timed out"), Qt::CaseInsensitive)) {
        return SshResult::Failure::Timeout;
    }
    if (error.contains(QLatin1String("resolve"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("unreachable"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("No route"), Qt::CaseInsensitive)) {
        return SshResult::Failure::HostUnreachable;
    }
    if (error.contains(QLatin1String("disconnected"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("closed"), Qt::CaseInsensitive)) {
        return SshResult::Failure::ConnectionLost;
    }
    return SshResult::Failure::ProtocolError;
}

void SshWorker::Private::checkHostKey(const QByteArray &blob)
{
    const SshEndpoint &e = hop().endpoint;
    HostKeyInfo info;
    info.host = e.host;
    info.port = e.port;
    info.keyType = KnownHosts::keyType(blob);
    info.fingerprint = KnownHosts::fingerprint(blob);
    info.keyBlob = blob;
    const Result<KnownHosts::Lookup> lookup = knownHosts.lookup(e.host, e.port, blob);
    if (!lookup) {
        finish(SshResult::Failure::LocalError, lookup.error().toString());
        return;
    }
    info.knownType = lookup->knownType;
    info.knownFingerprint = lookup->knownFingerprint;
    info.knownWhere = lookup->knownWhere;
    pendingKey = info;
    switch (lookup->verdict) {
    case KnownHosts::Verdict::Match:
        qCInfo(lcSsh) << "host key of" << where() << "matches" << info.keyType << info.fingerprint;
        resetAuth();
        continueAuth();
        return;
    case KnownHosts::Verdict::Changed: {
        qCWarning(lcSsh) << "HOST KEY CHANGED for" << where() << "offered" << info.keyType << info.fingerprint
                         << "on record" << info.knownType << info.knownFingerprint << "at" << info.knownWhere;
        SshResult result;
        result.failure = SshResult::Failure::HostKeyChanged;
        result.endpoint = where();
        result.hostKey = info;
        result.message =
            info.knownType == info.keyType
                ? tr("THE HOST KEY OF %1 HAS CHANGED. Someone may be intercepting the connection, or the server was "
                     "reinstalled. Offered: %2 %3. On record: %4 %5 (%6). Vigil does not connect; if the change is "
                     "expected, remove the old key from the known hosts file.")
                      .arg(KnownHosts::hostName(e.host, e.port), info.keyType, info.fingerprint, info.knownType,
                           info.knownFingerprint, info.knownWhere)
                : tr("%1 OFFERS A DIFFERENT TYPE OF HOST KEY THAN THE ONE ON RECORD. Someone may be intercepting the "
                     "connection. Offered: %2 %3. On record: %4 %5 (%6). Vigil does not connect; if the change is "
                     "expected, remove the old key from the known hosts file.")
                      .arg(KnownHosts::hostName(e.host, e.port), info.keyType, info.fingerprint, info.knownType,
                           info.knownFingerprint, info.knownWhere);
        fail(result);
        return;
    }
    case KnownHosts::Verdict::Revoked: {
        SshResult result;
        result.failure = SshResult::Failure::HostKeyRevoked;
        result.endpoint = where();
        result.hostKey = info;
        result.message =
            tr("the host key %1 %2 of %3 is marked @revoked in %4; Vigil does not connect")
                .arg(info.keyType, info.fingerprint, KnownHosts::hostName(e.host, e.port), info.knownWhere);
        fail(result);
        return;
    }
    case KnownHosts::Verdict::Unknown:
        break;
    }
    switch (options.unknownHostKey) {
    case SshSessionOptions::UnknownHostKey::AcceptNew:
        waiting = Waiting::HostKey;
        q->answerHostKey(HostKeyDecision::AcceptAndSave);
        return;
    case SshSessionOptions::UnknownHostKey::Refuse: {
        SshResult result;
        result.failure = SshResult::Failure::HostKeyUnknown;
        result.endpoint = where();
        result.hostKey = info;
        result.message = tr("the host key of %1 is not known (%2 %3); refused")
                             .arg(KnownHosts::hostName(e.host, e.port), info.keyType, info.fingerprint);
        fail(result);
        return;
    }
    case SshSessionOptions::UnknownHostKey::Ask:
        waiting = Waiting::HostKey;
        Q_EMIT q->hostKeyUnknown(info);
        return;
    }
}

void SshWorker::answerHostKey(HostKeyDecision decision)
{
    if (d->finished || d->waiting != Waiting::HostKey) {
        return;
    }
    d->waiting = Waiting::Nothing;
    const HostKeyInfo &info = d->pendingKey;
    if (decision == HostKeyDecision::Reject) {
        SshResult result;
        result.failure = SshResult::Failure::HostKeyUnknown;
        result.endpoint = d->where();
        result.hostKey = info;
        result.message = tr("the host key of %1 was not accepted").arg(d->where());
        d->fail(result);
        return;
    }
    if (decision == HostKeyDecision::AcceptAndSave) {
        if (Status saved = d->knownHosts.add(info.host, info.port, info.keyBlob); !saved) {
            qCWarning(lcSsh) << "cannot save the host key:" << saved.error().toString();
        }
    }
    qCInfo(lcSsh) << "host key of" << d->where() << "accepted" << info.keyType << info.fingerprint
                  << (decision == HostKeyDecision::AcceptAndSave ? "and saved" : "for this session");
    d->resetAuth();
    d->continueAuth();
}

void SshWorker::Private::resetAuth()
{
    step = AuthStep::Start;
    methods = 0;
    tried.clear();
    password.reset();
    passwordRequested = false;
    passwordAsked = false;
    passphrase.reset();
    passphraseRequested = false;
    passphraseAsked = false;
    kbdStarted = false;
    kbdAutoAnswered = false;
    kbdAwaitingSecret = false;
    kbdAnswers.reset();
}

void SshWorker::Private::askCredentials(SshPrompts prompts)
{
    prompts.endpoint = where();
    askedKind = prompts.kind;
    lastPrompts = prompts;
    waiting = Waiting::Credentials;
    Q_EMIT q->credentialsNeeded(prompts);
}

// Runs authentication steps until one succeeds, the methods run out, or a step needs an answer from outside (then
// it returns and the answer's slot calls it again).
void SshWorker::Private::continueAuth()
{
    ssh_session s = hop().session;
    const SshEndpoint &e = hop().endpoint;
    for (;;) {
        switch (step) {
        case AuthStep::Start: {
            const int rc = ssh_userauth_none(s, nullptr);
            if (rc == SSH_AUTH_SUCCESS) {
                authenticated();
                return;
            }
            if (rc == SSH_AUTH_ERROR) {
                finish(classifyConnectError(QString::fromUtf8(ssh_get_error(s))) == SshResult::Failure::ConnectionLost
                           ? SshResult::Failure::ConnectionLost
                           : SshResult::Failure::ProtocolError,
                       tr("%1: %2").arg(where(), QString::fromUtf8(ssh_get_error(s))));
                return;
            }
            methods = ssh_userauth_list(s, nullptr);
            step = AuthStep::Identity;
            break;
        }
        case AuthStep::Identity: {
            if (e.identityFile.isEmpty() || !(methods & SSH_AUTH_METHOD_PUBLICKEY)) {
                step = AuthStep::Agent;
                break;
            }
            const QByteArray path = e.identityFile.toLocal8Bit();
            const QByteArray secret = passphrase ? passphrase->toUtf8() : QByteArray();
            ssh_key key = nullptr;
            const int rc = ssh_pki_import_privkey_file(path.constData(), passphrase ? secret.constData() : nullptr,
                                                       nullptr, nullptr, &key);
            if (rc == SSH_EOF) {
                qCWarning(lcSsh) << "cannot read the identity file" << e.identityFile;
                step = AuthStep::Agent;
                break;
            }
            if (rc != SSH_OK) {
                // Encrypted (or a wrong passphrase): the keychain first, then the technician, once each.
                if (!passphraseRequested) {
                    passphraseRequested = true;
                    waiting = Waiting::Secret;
                    Q_EMIT q->secretNeeded(SshEndpoint::passphraseKeyId(e.identityFile));
                    return;
                }
                if (!passphraseAsked) {
                    passphraseAsked = true;
                    SshPrompts prompts;
                    prompts.kind = SshPrompts::Kind::Passphrase;
                    prompts.name = tr("Key passphrase");
                    prompts.prompts.append({tr("Passphrase for %1:").arg(e.identityFile), false});
                    askCredentials(prompts);
                    return;
                }
                qCWarning(lcSsh) << "cannot unlock the identity file" << e.identityFile;
                step = AuthStep::Agent;
                break;
            }
            if (!tried.contains(QLatin1String("publickey"))) {
                tried << QStringLiteral("publickey");
            }
            const int auth = ssh_userauth_publickey(s, nullptr, key);
            ssh_key_free(key);
            if (auth == SSH_AUTH_SUCCESS) {
                authenticated();
                return;
            }
            if (auth == SSH_AUTH_ERROR) {
                finish(SshResult::Failure::ConnectionLost,
                       tr("%1: %2").arg(where(), QString::fromUtf8(ssh_get_error(s))));
                return;
            }
            methods = ssh_userauth_list(s, nullptr);
            step = AuthStep::Agent;
            break;
        }
        case AuthStep::Agent: {
            step = AuthStep::KeyboardInteractive;
            if (options.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")
                && (methods & SSH_AUTH_METHOD_PUBLICKEY)) {
                tried << QStringLiteral("agent");
                const int rc = ssh_userauth_agent(s, nullptr);
                if (rc == SSH_AUTH_SUCCESS) {
                    authenticated();
                    return;
                }
                if (rc == SSH_AUTH_ERROR && !ssh_is_connected(s)) {
                    finish(SshResult::Failure::ConnectionLost,
                           tr("%1: %2").arg(where(), QString::fromUtf8(ssh_get_error(s))));
                    return;
                }
                methods = ssh_userauth_list(s, nullptr);
            }
            break;
        }
        case AuthStep::KeyboardInteractive: {
            if (!(methods & SSH_AUTH_METHOD_INTERACTIVE)) {
                step = AuthStep::Password;
                break;
            }
            int rc = SSH_AUTH_DENIED;
            if (!kbdStarted) {
                kbdStarted = true;
                tried << QStringLiteral("keyboard-interactive");
                rc = ssh_userauth_kbdint(s, nullptr, nullptr);
            } else if (kbdAwaitingSecret) {
                kbdAwaitingSecret = false;
                if (!password) {
                    askCredentials(lastPrompts);
                    return;
                }
                kbdAutoAnswered = true;
                const QByteArray answer = password->toUtf8();
                ssh_userauth_kbdint_setanswer(s, 0, answer.constData());
                rc = ssh_userauth_kbdint(s, nullptr, nullptr);
            } else if (kbdAnswers) {
                for (qsizetype i = 0; i < kbdAnswers->size(); ++i) {
                    const QByteArray answer = kbdAnswers->at(i).toUtf8();
                    ssh_userauth_kbdint_setanswer(s, unsigned(i), answer.constData());
                }
                kbdAnswers.reset();
                rc = ssh_userauth_kbdint(s, nullptr, nullptr);
            }
            if (!handleKbdint(rc)) {
                return;
            }
            break;
        }
        case AuthStep::Password: {
            if (!(methods & SSH_AUTH_METHOD_PASSWORD)) {
                step = AuthStep::Exhausted;
                break;
            }
            if (!password) {
                if (!e.credentialKey.isEmpty() && !passwordRequested) {
                    passwordRequested = true;
                    waiting = Waiting::Secret;
                    Q_EMIT q->secretNeeded(e.credentialKey);
                    return;
                }
                if (!passwordAsked) {
                    passwordAsked = true;
                    SshPrompts prompts;
                    prompts.kind = SshPrompts::Kind::Password;
                    prompts.name = tr("Password");
                    prompts.prompts.append({tr("Password for %1:").arg(where()), false});
                    askCredentials(prompts);
                    return;
                }
                step = AuthStep::Exhausted;
                break;
            }
            tried << QStringLiteral("password");
            const QByteArray secret = password->toUtf8();
            const int rc = ssh_userauth_password(s, nullptr, secret.constData());
            if (rc == SSH_AUTH_SUCCESS) {
                authenticated();
                return;
            }
            if (rc == SSH_AUTH_ERROR && !ssh_is_connected(s)) {
                finish(SshResult::Failure::ConnectionLost,
                       tr("%1: %2").arg(where(), QString::fromUtf8(ssh_get_error(s))));
                return;
            }
            step = AuthStep::Exhausted;
            break;
        }
        case AuthStep::Exhausted: {
            QStringList offered;
            if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
                offered << QStringLiteral("publickey");
            }
            if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
                offered << QStringLiteral("keyboard-interactive");
            }
            if (methods & SSH_AUTH_METHOD_PASSWORD) {
                offered << QStringLiteral("password");
            }
            SshResult result;
            result.failure = SshResult::Failure::AuthFailed;
            result.endpoint = where();
            result.methodsTried = tried;
            result.message =
                tried.isEmpty()
                    ? tr("%1 accepts none of the ways Vigil can log in (server offers: %2; no identity "
                         "file, agent or password available)")
                          .arg(where(), offered.join(QStringLiteral(", ")))
                    : tr("authentication failed for %1 (tried: %2; server offers: %3)")
                          .arg(where(), tried.join(QStringLiteral(", ")), offered.join(QStringLiteral(", ")));
            fail(result);
            return;
        }
        }
    }
}

// False when it is waiting for an answer or has finished; true to go on with the next step.
bool SshWorker::Private::handleKbdint(int rc)
{
    ssh_session s = hop().session;
    while (rc == SSH_AUTH_INFO) {
        const int count = ssh_userauth_kbdint_getnprompts(s);
        if (count <= 0) {
            rc = ssh_userauth_kbdint(s, nullptr, nullptr);
            continue;
        }
        SshPrompts prompts;
        prompts.kind = SshPrompts::Kind::KeyboardInteractive;
        prompts.name = QString::fromUtf8(ssh_userauth_kbdint_getname(s));
        prompts.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(s));
        for (int i = 0; i < count; ++i) {
            char echo = 0;
            const char *text = ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo);
            prompts.prompts.append({QString::fromUtf8(text), echo != 0});
        }
        prompts.endpoint = where();
        // A lone hidden prompt is the password (PAM's "Password: "): answer it from the keychain once.
        if (count == 1 && !prompts.prompts.constFirst().echo && !kbdAutoAnswered) {
            if (password) {
                kbdAutoAnswered = true;
                const QByteArray answer = password->toUtf8();
                ssh_userauth_kbdint_setanswer(s, 0, answer.constData());
                rc = ssh_userauth_kbdint(s, nullptr, nullptr);
                continue;
            }
            if (!hop().endpoint.credentialKey.isEmpty() && !passwordRequested) {
                passwordRequested = true;
                kbdAwaitingSecret = true;
                lastPrompts = prompts;
                waiting = Waiting::Secret;
                Q_EMIT q->secretNeeded(hop().endpoint.credentialKey);
                return false;
            }
        }
        askCredentials(prompts);
        return false;
    }
    if (rc == SSH_AUTH_SUCCESS) {
        authenticated();
        return false;
    }
    if (rc == SSH_AUTH_ERROR && !ssh_is_connected(s)) {
        finish(SshResult::Failure::ConnectionLost, tr("%1: %2").arg(where(), QString::fromUtf8(ssh_get_error(s))));
        return false;
    }
    methods = ssh_userauth_list(s, nullptr);
    // A password that keyboard-interactive rejected is not tried again through "password".
    if (kbdAutoAnswered || passwordAsked) {
        methods &= ~SSH_AUTH_METHOD_PASSWORD;
    }
    step = AuthStep::Password;
    return true;
}

void SshWorker::provideSecret(const QString &keyId, const QString &secret, bool found)
{
    if (d->finished || d->waiting != Waiting::Secret) {
        return;
    }
    d->waiting = Waiting::Nothing;
    if (keyId == d->hop().endpoint.credentialKey && found) {
        d->password = secret;
    } else if (keyId == SshEndpoint::passphraseKeyId(d->hop().endpoint.identityFile) && found) {
        d->passphrase = secret;
    }
    d->continueAuth();
}

void SshWorker::answerCredentials(const QStringList &answers, bool cancelled)
{
    if (d->finished || d->waiting != Waiting::Credentials) {
        return;
    }
    d->waiting = Waiting::Nothing;
    if (cancelled) {
        d->finish(SshResult::Failure::Cancelled, tr("logging in to %1 was cancelled").arg(d->where()));
        return;
    }
    switch (d->askedKind) {
    case SshPrompts::Kind::Passphrase:
        d->passphrase = answers.value(0);
        break;
    case SshPrompts::Kind::Password:
        d->password = answers.value(0);
        break;
    case SshPrompts::Kind::KeyboardInteractive:
        d->kbdAnswers = answers;
        break;
    }
    d->continueAuth();
}

void SshWorker::Private::authenticated()
{
    qCInfo(lcSsh) << "logged in to" << where() << "with" << (tried.isEmpty() ? QStringLiteral("none") : tried.last());
    resetAuth();
    if (current + 1 < hops.size()) {
        openTunnel();
    } else {
        openMainChannel();
    }
}

void SshWorker::Private::openTunnel()
{
    Hop &h = hop();
    const SshEndpoint &next = hops[current + 1].endpoint;
    h.tunnel = ssh_channel_new(h.session);
    const QByteArray host = next.host.toUtf8();
    if (!h.tunnel || ssh_channel_open_forward(h.tunnel, host.constData(), next.port, "127.0.0.1", 0) != SSH_OK) {
        finish(SshResult::Failure::ChannelFailed,
               tr("the jump host %1 cannot open a connection to %2: %3")
                   .arg(where(), next.describe(), QString::fromUtf8(ssh_get_error(h.session))));
        return;
    }
    int fds[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        finish(SshResult::Failure::LocalError, tr("cannot create a socket pair for the jump host"));
        return;
    }
    h.pump = std::make_unique<SshChannelPump>(h.session);
    h.pump->addRelay(fds[1], h.tunnel);
    h.pump->start();
    ++current;
    hop().innerFd = fds[0];
    connectHop();
}

namespace {

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    *static_cast<QString *>(userdata) = QString::fromUtf8(signal);
}

} // namespace

void SshWorker::Private::openMainChannel()
{
    ssh_session s = hop().session;
    if (options.mode == SshSessionOptions::Mode::Forward) {
        forwardPump = std::make_unique<SshChannelPump>(s);
        const Result<quint16> port = forwardPump->listen(options.listenPort, options.forwardHost, options.forwardPort);
        if (!port) {
            finish(SshResult::Failure::LocalError, port.error().toString());
            return;
        }
        forwardPump->start();
        pollTimer = new QTimer(q);
        QObject::connect(pollTimer, &QTimer::timeout, q, [this] {
            if (forwardPump && forwardPump->connectionLost()) {
                finish(SshResult::Failure::ConnectionLost, tr("the connection to %1 was lost").arg(where()));
            }
        });
        pollTimer->start(200);
        qCInfo(lcSsh) << "forwarding 127.0.0.1:" << port.value() << "to" << options.forwardHost << options.forwardPort
                      << "through" << where();
        Q_EMIT q->connected();
        Q_EMIT q->forwardListening(port.value());
        return;
    }
    channel = ssh_channel_new(s);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        finish(SshResult::Failure::ChannelFailed,
               tr("%1 refused to open a session: %2").arg(where(), QString::fromUtf8(ssh_get_error(s))));
        return;
    }
    ssh_callbacks_init(&callbacks);
    callbacks.userdata = &exitSignal;
    callbacks.channel_exit_signal_function = onExitSignal;
    ssh_set_channel_callbacks(channel, &callbacks);
    if (options.mode == SshSessionOptions::Mode::Shell) {
        const QByteArray term = options.terminalType.toLatin1();
        if (ssh_channel_request_pty_size(channel, term.constData(), options.columns, options.rows) != SSH_OK
            || ssh_channel_request_shell(channel) != SSH_OK) {
            finish(SshResult::Failure::ChannelFailed,
                   tr("%1 refused a terminal: %2").arg(where(), QString::fromUtf8(ssh_get_error(s))));
            return;
        }
    } else {
        const QByteArray command = options.command.toUtf8();
        if (ssh_channel_request_exec(channel, command.constData()) != SSH_OK) {
            finish(SshResult::Failure::ChannelFailed,
                   tr("%1 refused to run the command: %2").arg(where(), QString::fromUtf8(ssh_get_error(s))));
            return;
        }
    }
    notifier = new QSocketNotifier(ssh_get_fd(s), QSocketNotifier::Read, q);
    QObject::connect(notifier, &QSocketNotifier::activated, q, [this] { readChannel(); });
    // libssh may read ahead into its own buffers while writing: look again now and then even without a wake-up.
    pollTimer = new QTimer(q);
    QObject::connect(pollTimer, &QTimer::timeout, q, [this] { readChannel(); });
    pollTimer->start(100);
    if (options.mode == SshSessionOptions::Mode::Exec && options.commandTimeoutSeconds > 0) {
        commandTimer = new QTimer(q);
        commandTimer->setSingleShot(true);
        QObject::connect(commandTimer, &QTimer::timeout, q, [this] {
            finish(SshResult::Failure::Timeout,
                   tr("the command did not finish within %1 s on %2").arg(options.commandTimeoutSeconds).arg(where()));
        });
        commandTimer->start(options.commandTimeoutSeconds * 1000);
    }
    qCInfo(lcSsh) << (options.mode == SshSessionOptions::Mode::Shell ? "shell" : "command") << "open on" << where();
    Q_EMIT q->connected();
    readChannel();
}

void SshWorker::Private::readChannel()
{
    if (finished || !channel) {
        return;
    }
    if (inFlight >= maxChunksInFlight) {
        notifier->setEnabled(false);
        return;
    }
    notifier->setEnabled(true);
    char buffer[readSize];
    for (int stream = 0; stream < 2; ++stream) {
        QByteArray chunk;
        while (chunk.size() < maxChunkSize) {
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, stream);
            if (n > 0) {
                chunk.append(buffer, n);
            } else if (n == 0 || n == SSH_EOF) {
                break; // SSH_EOF: ssh_channel_poll's "end of file and nothing buffered"
            } else {
                if (!chunk.isEmpty()) {
                    Q_EMIT q->output(chunk, stream == 1);
                }
                finish(SshResult::Failure::ConnectionLost,
                       tr("the connection to %1 was lost: %2")
                           .arg(where(), QString::fromUtf8(ssh_get_error(hop().session))));
                return;
            }
        }
        if (!chunk.isEmpty()) {
            ++inFlight;
            Q_EMIT q->output(chunk, stream == 1);
            if (chunk.size() >= maxChunkSize || inFlight >= maxChunksInFlight) {
                if (inFlight >= maxChunksInFlight) {
                    notifier->setEnabled(false);
                }
                return; // more may be waiting: come back when the consumer asks (or on the next wake-up)
            }
        }
    }
    if (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel)) {
        if (ssh_channel_poll(channel, 0) > 0 || ssh_channel_poll(channel, 1) > 0) {
            return;
        }
        SshResult result;
        result.endpoint = where();
        if (options.mode == SshSessionOptions::Mode::Exec) {
            // Only after end of file: before it, libssh would block until the server sends the status.
            result.exitStatus = ssh_channel_get_exit_status(channel);
            result.exitSignal = exitSignal;
            result.message = exitSignal.isEmpty() ? tr("the command exited with status %1").arg(result.exitStatus)
                                                  : tr("the command was killed by signal %1").arg(exitSignal);
        } else {
            result.message = tr("the session on %1 ended").arg(where());
        }
        fail(result);
        return;
    }
    if (!ssh_is_connected(hop().session)) {
        finish(SshResult::Failure::ConnectionLost, tr("the connection to %1 was lost").arg(where()));
    }
}

void SshWorker::outputConsumed()
{
    if (d->inFlight > 0) {
        --d->inFlight;
    }
    if (d->inFlight < maxChunksInFlight && d->channel && !d->finished) {
        d->readChannel();
    }
}

void SshWorker::write(const QByteArray &data)
{
    if (d->finished || !d->channel || data.isEmpty()) {
        return;
    }
    if (ssh_channel_write(d->channel, data.constData(), uint32_t(data.size())) == SSH_ERROR) {
        d->finish(SshResult::Failure::ConnectionLost,
                  tr("the connection to %1 was lost: %2")
                      .arg(d->where(), QString::fromUtf8(ssh_get_error(d->hop().session))));
        return;
    }
    d->readChannel();
}

void SshWorker::resize(int columns, int rows)
{
    d->options.columns = columns;
    d->options.rows = rows;
    if (d->finished || !d->channel || d->options.mode != SshSessionOptions::Mode::Shell) {
        return;
    }
    ssh_channel_change_pty_size(d->channel, columns, rows);
}

void SshWorker::close()
{
    if (d->finished) {
        return;
    }
    if (d->waiting == Waiting::HostKey || d->waiting == Waiting::Credentials) {
        d->finish(SshResult::Failure::Cancelled, tr("the connection to %1 was cancelled").arg(d->where()));
        return;
    }
    d->finishOk(tr("the session on %1 was closed").arg(d->where()));
}

void SshWorker::Private::finish(SshResult::Failure failure, const QString &message)
{
    SshResult result;
    result.failure = failure;
    result.message = message;
    result.endpoint = hops.empty() ? QString() : where();
    result.methodsTried = tried;
    fail(result);
}

void SshWorker::Private::finishOk(const QString &message)
{
    finish(SshResult::Failure::None, message);
}

void SshWorker::Private::fail(SshResult result)
{
    if (finished) {
        return;
    }
    finished = true;
    if (result.ok()) {
        qCInfo(lcSsh) << "session ended:" << result.message;
    } else {
        qCWarning(lcSsh) << "session failed:" << SshResult::failureId(result.failure) << result.message;
    }
    cleanup();
    Q_EMIT q->finished(result);
}

void SshWorker::Private::cleanup()
{
    delete notifier;
    notifier = nullptr;
    delete pollTimer;
    pollTimer = nullptr;
    delete commandTimer;
    commandTimer = nullptr;
    if (forwardPump) {
        forwardPump->stop();
        forwardPump.reset();
    }
    if (channel) {
        if (!hops.empty() && ssh_is_connected(hops.back().session) && !ssh_channel_is_closed(channel)) {
            ssh_channel_close(channel);
        }
        ssh_channel_free(channel);
        channel = nullptr;
    }
    // Innermost first: a hop's session runs through the pump of the hop before it. Channels are freed before
    // ssh_disconnect(), which frees every channel of its session itself.
    for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
        if (it->pump) {
            it->pump->stop();
            it->pump.reset();
        }
        if (it->tunnel) {
            ssh_channel_free(it->tunnel);
            it->tunnel = nullptr;
        }
        if (it->session) {
            if (ssh_is_connected(it->session)) {
                ssh_disconnect(it->session);
            }
            ssh_free(it->session);
            it->session = nullptr;
        }
        if (it->innerFd >= 0) {
            ::close(it->innerFd);
            it->innerFd = -1;
        }
    }
    hops.clear();
    current = 0;
    password.reset();
    passphrase.reset();
    kbdAnswers.reset();
}

} // namespace Vigil
