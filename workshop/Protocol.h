#pragma once

// The wire of a live workshop. Every message is one frame: four bytes of length (big-endian) and that
// many bytes of compact JSON, an object with a "type". Frames have size limits: a peer not yet admitted
// may send one small frame (its hello); an admitted peer's frames are bounded too, so that nobody can
// make the host hold more than a frame's worth of memory. Evidence bytes travel as a pack (Pack) cut in
// parts, written to a temporary file as they arrive.
//
// The join code and the verification words come from the certificates (Tls): the code from the host's,
// so that a joiner who types it knows it reached the host the room sees; the words from both, shown on
// both screens, so that the facilitator admits the laptop in front of them and nobody in between.

#include "store/AuditLog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace rw::workshop {

constexpr int ProtocolVersion = 1;
constexpr quint16 DefaultPort = 47470;
constexpr qint64 MaxHelloFrame = 16 * 1024; // before admission
constexpr qint64 MaxFrame = 4 * 1024 * 1024; // after
constexpr qint64 PackPartBytes = 1024 * 1024; // raw bytes of a pack per frame
constexpr qint64 MaxPackBytes = qint64(4) * 1024 * 1024 * 1024;
constexpr int MaxEntriesPerFrame = 2000;

QByteArray frame(const QJsonObject& message);

// Reads frames out of a stream of bytes.
class FrameReader
{
public:
    enum class Result { Frame, NeedMore, Error };
    void setLimit(qint64 limit) { m_limit = limit; }
    void append(const QByteArray& bytes) { m_buffer += bytes; }
    // The next whole frame; Error (with why) for a frame over the limit or that is no JSON object.
    Result next(QJsonObject* message, QString* error);
    qint64 buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qint64 m_limit = MaxHelloFrame;
};

// A log entry as JSON and back; nullopt-like: ok false when a member is missing or of the wrong kind.
QJsonObject entryToJson(const AuditEntry& entry);
// Entries as the "entries" messages that carry them: at most MaxEntriesPerFrame each, and about a
// megabyte, so that every frame stays far below MaxFrame.
QVector<QJsonObject> entryMessages(const QVector<AuditEntry>& entries);
AuditEntry entryFromJson(const QJsonObject& json, bool* ok);

// The join code: 40 bits of the SHA-256 of the host's public key, as eight letters and digits that
// cannot be misread (Crockford's base 32), shown "ABCD-EFGH". Typed codes are read leniently (case,
// dashes, spaces, O for 0, I and L for 1).
QString joinCode(const QString& hostPublicKey);
QString normalizedCode(const QString& typed);
// Four words from the SHA-256 of both public keys; the same on both screens exactly when both sides
// see the same two certificates. The words are English on every screen, as they must match.
QStringList verificationWords(const QString& hostPublicKey, const QString& peerPublicKey);

// A message of type with members.
QJsonObject typed(const char* type, QJsonObject members = {});
// A JSON array of strings as a sorted list (heads); what is not a string is left out.
QStringList sortedStrings(const QJsonValue& array);
// A new path in the temporary folder for a file a workshop sends (a copy, a pack).
QString temporaryPath(const QString& suffix);

// Whether entity "workshop" entries remove a device: the removed devices a log names.
QSet<QString> removedDevices(const QVector<AuditEntry>& log);

} // namespace rw::workshop
