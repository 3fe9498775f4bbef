#include "Connection.h"

#include "Tls.h"

#include <QCoreApplication>

namespace rw::workshop {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)
};
} // namespace

IncomingFile::Result IncomingFile::add(const QJsonObject& part, qint64 limit, QString* error)
{
    const QJsonValue data = part.value(QStringLiteral("data"));
    if (!data.isString() || !part.value(QStringLiteral("last")).isBool()) {
        *error = Tr::tr("a malformed part of a file");
        return Result::Error;
    }
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>();
        if (!m_file->open()) {
            *error = Tr::tr("no temporary file can be written: %1").arg(m_file->errorString());
            m_file.reset();
            return Result::Error;
        }
        m_size = 0;
    }
    const QByteArray bytes = QByteArray::fromBase64(data.toString().toLatin1());
    m_size += bytes.size();
    if (m_size > limit || m_file->write(bytes) != bytes.size()) {
        *error = m_size > limit ? Tr::tr("a file larger than allowed") : m_file->errorString();
        reset();
        return Result::Error;
    }
    if (!part.value(QStringLiteral("last")).toBool())
        return Result::More;
    m_file->flush();
    return Result::Done;
}

QString IncomingFile::path() const
{
    return m_file ? m_file->fileName() : QString();
}

void IncomingFile::reset()
{
    m_file.reset();
    m_size = 0;
}

Connection::Connection(QSslSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    // Qt reads no further ahead than this: a side that sends faster than frames are handled waits.
    socket->setReadBufferSize(512 * 1024);
    m_ping.setInterval(PingSeconds * 1000);
    m_idle.setInterval(IdleSeconds * 1000);
    m_idle.setSingleShot(true);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        send({ { QStringLiteral("type"), QStringLiteral("ping") } });
    });
    connect(&m_idle, &QTimer::timeout, this, [this] {
        finish(Tr::tr("nothing came for %n second(s): the connection is gone", nullptr, IdleSeconds));
    });
    const auto onEncrypted = [this] {
        m_peerKey = publicKeyOf(m_socket->peerCertificate());
        m_ping.start();
        m_idle.start();
        emit encrypted();
    };
    connect(socket, &QSslSocket::encrypted, this, onEncrypted);
    connect(socket, &QSslSocket::readyRead, this, &Connection::readFrames);
    connect(socket, &QSslSocket::bytesWritten, this, &Connection::pump);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &Connection::pump);
    connect(socket, &QSslSocket::disconnected, this,
        [this] { finish(Tr::tr("the other side closed the connection")); });
    connect(socket, &QSslSocket::errorOccurred, this,
        [this](QAbstractSocket::SocketError) { finish(m_socket ? m_socket->errorString() : QString()); });
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Certificates are self-signed by design and checked by their keys (Tls.h); nothing else passes.
        QList<QSslError> expected;
        for (const QSslError& e : errors) {
            switch (e.error()) {
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::HostNameMismatch:
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::CertificateUntrusted:
                expected << e;
                break;
            default:
                break;
            }
        }
        if (expected.size() == errors.size())
            m_socket->ignoreSslErrors(errors);
    });
    if (socket->isEncrypted()) {
        // Handed over after the handshake (by the server): what came with it is read once the caller
        // has connected to message().
        m_peerKey = publicKeyOf(m_socket->peerCertificate());
        m_ping.start();
        m_idle.start();
        QMetaObject::invokeMethod(this, &Connection::readFrames, Qt::QueuedConnection);
    }
}

Connection::~Connection()
{
    if (m_socket && !m_closed) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString Connection::address() const
{
    if (!m_socket)
        return {};
    QHostAddress a = m_socket->peerAddress();
    bool ok = false;
    const QHostAddress v4(a.toIPv4Address(&ok));
    return ok ? v4.toString() : a.toString();
}

void Connection::send(const QJsonObject& message)
{
    if (m_closed || !m_socket)
        return;
    if (m_queue.empty() && !m_file && socketUnsent() < PackPartBytes) {
        m_socket->write(frame(message));
        return;
    }
    if (m_queued > MaxUnsent) {
        finish(Tr::tr("the other side reads too slowly"));
        if (m_socket)
            m_socket->abort();
        return;
    }
    Outgoing o;
    o.frame = frame(message);
    m_queued += o.frame.size();
    m_queue.push_back(std::move(o));
    pump();
}

qint64 Connection::socketUnsent() const
{
    // Written, waiting to be encrypted, and encrypted, waiting for the network.
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

qint64 Connection::unsent() const
{
    return socketUnsent() + m_queued;
}

void Connection::sendFile(const QString& type, const QString& path)
{
    if (m_closed || !m_socket) {
        QFile::remove(path);
        return;
    }
    Outgoing o;
    o.type = type;
    o.file = path;
    m_queue.push_back(std::move(o));
    pump();
}

void Connection::pump()
{
    while (!m_closed && m_socket && socketUnsent() < 2 * PackPartBytes) {
        if (m_file) {
            const QByteArray part = m_file->read(PackPartBytes);
            const bool last = m_file->atEnd() || part.isEmpty();
            m_socket->write(frame({ { QStringLiteral("type"), m_queue.front().type },
                { QStringLiteral("data"), QString::fromLatin1(part.toBase64()) },
                { QStringLiteral("last"), last } }));
            if (last) {
                m_file->remove();
                m_file.reset();
                m_queue.pop_front();
            }
            continue;
        }
        if (m_queue.empty()) {
            if (socketUnsent() < PackPartBytes / 4)
                emit drained();
            return;
        }
        Outgoing& next = m_queue.front();
        if (next.file.isEmpty()) {
            m_queued -= next.frame.size();
            m_socket->write(next.frame);
            m_queue.pop_front();
            continue;
        }
        m_file = std::make_unique<QFile>(next.file);
        if (!m_file->open(QIODevice::ReadOnly)) {
            m_file.reset();
            QFile::remove(next.file);
            m_queue.pop_front();
        }
    }
}

void Connection::close(const QString& reason, const QJsonObject& message)
{
    if (m_closed)
        return;
    if (!message.isEmpty() && m_socket)
        m_socket->write(frame(message));
    finish(reason);
    if (m_socket) {
        m_socket->disconnectFromHost(); // sends what is written, then closes
        // A side that reads nothing more is not waited for.
        QTimer::singleShot(5000, m_socket, [s = m_socket] { s->abort(); });
    }
}

void Connection::readFrames()
{
    if (m_closed || !m_socket)
        return;
    m_idle.start();
    m_reader.append(m_socket->readAll());
    for (;;) {
        QJsonObject m;
        QString error;
        const FrameReader::Result r = m_reader.next(&m, &error);
        if (r == FrameReader::Result::NeedMore)
            return;
        if (r == FrameReader::Result::Error) {
            finish(Tr::tr("the other side sent %1").arg(error));
            if (m_socket)
                m_socket->abort();
            return;
        }
        if (m.value(QStringLiteral("type")).toString() == QLatin1String("ping"))
            continue;
        emit message(m);
        if (m_closed || !m_socket)
            return;
    }
}

void Connection::finish(const QString& reason)
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_file) {
        m_file->remove();
        m_file.reset();
        m_queue.pop_front();
    }
    for (const Outgoing& o : m_queue) {
        if (!o.file.isEmpty())
            QFile::remove(o.file);
    }
    m_queue.clear();
    m_ping.stop();
    m_idle.stop();
    if (m_socket) {
        // The socket outlives this connection until what was written to it is sent.
        m_socket->disconnect(this);
        m_socket->setParent(nullptr);
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            m_socket->deleteLater();
        else
            connect(m_socket, &QSslSocket::disconnected, m_socket, &QObject::deleteLater);
    }
    emit closed(reason);
}

} // namespace rw::workshop
