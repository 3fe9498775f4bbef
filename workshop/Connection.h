#pragma once

// One TLS connection of a live workshop, framed (Protocol): messages in and out, limits on what the
// other side may send and on what may wait to be sent to it, and a deadline: a side that says nothing
// for IdleSeconds (pings go every PingSeconds) is taken as gone.

#include "Protocol.h"

#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTemporaryFile>
#include <QTimer>
#include <deque>
#include <memory>

namespace rw::workshop {

// A file coming in parts (Connection::sendFile), written to a temporary file as it arrives.
class IncomingFile
{
public:
    enum class Result { More, Done, Error };
    // Takes one part; Done when it was the last (path() then names the whole file), Error (with why)
    // when the part is malformed or the file grows past limit.
    Result add(const QJsonObject& part, qint64 limit, QString* error);
    QString path() const;
    void reset();

private:
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
};

class Connection : public QObject
{
    Q_OBJECT

public:
    static constexpr int PingSeconds = 5;
    static constexpr int IdleSeconds = 20;
    static constexpr qint64 MaxUnsent = 64 * 1024 * 1024;

    // Takes socket over (it becomes this connection's child).
    explicit Connection(QSslSocket* socket, QObject* parent = nullptr);
    ~Connection() override;

    QSslSocket* socket() const { return m_socket; }
    QString peerKey() const { return m_peerKey; } // set once encrypted
    QString address() const;
    void setLimit(qint64 limit) { m_reader.setLimit(limit); }
    bool isOpen() const { return !m_closed; }
    // Bytes written but not yet sent (what the other side has not read yet, in Qt's buffers and queued).
    qint64 unsent() const;

    void send(const QJsonObject& message);
    // Sends the file at path in parts (messages of this type with "data", base64, and "last"), in turn
    // with the messages sent before and after it; the file is removed once sent (or dropped).
    void sendFile(const QString& type, const QString& path);
    // Sends message (when given) and closes; closed() follows with reason.
    void close(const QString& reason, const QJsonObject& message = {});

signals:
    void encrypted();
    void message(const QJsonObject& message);
    void closed(const QString& reason);
    // What was waiting to be sent has gone out (almost): a side that fell behind can be sent more.
    void drained();

private:
    void readFrames();
    void pump();
    qint64 socketUnsent() const;
    void finish(const QString& reason);

    QPointer<QSslSocket> m_socket;
    FrameReader m_reader;
    QTimer m_ping;
    QTimer m_idle;
    QString m_peerKey;
    struct Outgoing
    {
        QByteArray frame;
        QString type;
        QString file;
    };
    std::deque<Outgoing> m_queue;
    qint64 m_queued = 0;
    std::unique_ptr<QFile> m_file;
    bool m_closed = false;
};

} // namespace rw::workshop
