#include "Protocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <QtEndian>

namespace rw::workshop {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)
};

// Crockford's base 32: no I, L, O or U.
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// 256 words, short, concrete and unlike each other, so that people read them aloud without doubt.
const char* const Words[256] = {
    "acorn",
    "adult",
    "alarm",
    "album",
    "alley",
    "amber",
    "angle",
    "apple",
    "apron",
    "arena",
    "armor",
    "arrow",
    "atlas",
    "attic",
    "audio",
    "autumn",
    "badge",
    "bagel",
    "baker",
    "bamboo",
    "banjo",
    "barrel",
    "basil",
    "basket",
    "beach",
    "beacon",
    "bench",
    "berry",
    "bicycle",
    "bison",
    "blanket",
    "blossom",
    "bonus",
    "boot",
    "bottle",
    "bracket",
    "branch",
    "bread",
    "brick",
    "bridge",
    "bronze",
    "broom",
    "bubble",
    "bucket",
    "buffalo",
    "button",
    "cabin",
    "cactus",
    "camel",
    "camera",
    "candle",
    "canoe",
    "canyon",
    "carbon",
    "carpet",
    "castle",
    "cedar",
    "cello",
    "chair",
    "chalk",
    "cherry",
    "chess",
    "chimney",
    "cider",
    "circle",
    "clover",
    "cobalt",
    "coconut",
    "comet",
    "compass",
    "copper",
    "coral",
    "cotton",
    "cougar",
    "crane",
    "crayon",
    "cricket",
    "crystal",
    "cup",
    "dahlia",
    "daisy",
    "delta",
    "desert",
    "diamond",
    "dinner",
    "dolphin",
    "domino",
    "donkey",
    "dragon",
    "drum",
    "eagle",
    "easel",
    "echo",
    "eclipse",
    "elbow",
    "ember",
    "engine",
    "falcon",
    "feather",
    "fern",
    "fiddle",
    "figure",
    "finch",
    "flame",
    "flute",
    "forest",
    "fossil",
    "fountain",
    "fox",
    "galaxy",
    "garden",
    "garlic",
    "gecko",
    "ginger",
    "glacier",
    "glove",
    "goose",
    "granite",
    "grape",
    "gravel",
    "guitar",
    "hammer",
    "harbor",
    "harp",
    "hazel",
    "helmet",
    "heron",
    "hickory",
    "honey",
    "horizon",
    "hotel",
    "igloo",
    "island",
    "ivory",
    "jacket",
    "jaguar",
    "jasmine",
    "jelly",
    "jigsaw",
    "jungle",
    "kayak",
    "kettle",
    "kiwi",
    "koala",
    "ladder",
    "lagoon",
    "lantern",
    "laptop",
    "lemon",
    "lentil",
    "lilac",
    "lily",
    "linen",
    "lizard",
    "lobster",
    "locket",
    "lotus",
    "magnet",
    "mango",
    "maple",
    "marble",
    "meadow",
    "melon",
    "meteor",
    "mint",
    "mirror",
    "mitten",
    "monkey",
    "mosaic",
    "moss",
    "muffin",
    "mustard",
    "napkin",
    "nectar",
    "needle",
    "nickel",
    "noodle",
    "nutmeg",
    "oasis",
    "ocean",
    "olive",
    "onion",
    "opal",
    "orange",
    "orbit",
    "orchid",
    "otter",
    "owl",
    "paddle",
    "palace",
    "panda",
    "paper",
    "parrot",
    "pasta",
    "peach",
    "pebble",
    "pencil",
    "pepper",
    "piano",
    "pickle",
    "pillow",
    "pilot",
    "pine",
    "planet",
    "plum",
    "pocket",
    "pony",
    "poppy",
    "potato",
    "prism",
    "pumpkin",
    "puzzle",
    "quartz",
    "quilt",
    "rabbit",
    "radio",
    "raven",
    "ribbon",
    "river",
    "robin",
    "rocket",
    "rose",
    "saddle",
    "salmon",
    "sandal",
    "saturn",
    "scarf",
    "shell",
    "silver",
    "sketch",
    "sled",
    "snail",
    "socket",
    "spider",
    "sponge",
    "spruce",
    "squash",
    "statue",
    "stone",
    "sugar",
    "summit",
    "sunset",
    "swan",
    "table",
    "tango",
    "teapot",
    "tiger",
    "tomato",
    "topaz",
    "torch",
    "tower",
    "tractor",
    "tulip",
    "tunnel",
    "turtle",
    "umbrella",
};

QByteArray keyBytes(const QString& publicKey)
{
    return QByteArray::fromBase64(publicKey.toLatin1());
}

} // namespace

QByteArray frame(const QJsonObject& message)
{
    const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

FrameReader::Result FrameReader::next(QJsonObject* message, QString* error)
{
    if (m_buffer.size() < 4)
        return Result::NeedMore;
    const qint64 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > m_limit) {
        *error = Tr::tr("a frame of %1 bytes, over the limit of %2").arg(length).arg(m_limit);
        return Result::Error;
    }
    if (m_buffer.size() < 4 + length)
        return Result::NeedMore;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(m_buffer.mid(4, length), &parse);
    m_buffer.remove(0, 4 + length);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("type")).isString()) {
        *error = Tr::tr("a frame that is no message");
        return Result::Error;
    }
    *message = doc.object();
    return Result::Frame;
}

QJsonObject entryToJson(const AuditEntry& e)
{
    return { { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("by"), e.by }, { QStringLiteral("action"), e.action },
        { QStringLiteral("entity"), e.entity }, { QStringLiteral("key"), e.entityKey },
        { QStringLiteral("uuid"), e.entityUuid }, { QStringLiteral("before"), e.before },
        { QStringLiteral("after"), e.after }, { QStringLiteral("hash"), e.hash },
        { QStringLiteral("prev"), e.prevHash }, { QStringLiteral("device"), e.device },
        { QStringLiteral("signature"), e.signature }, { QStringLiteral("hlc"), e.hlc },
        { QStringLiteral("parents"), QJsonArray::fromStringList(e.parents) } };
}

QVector<QJsonObject> entryMessages(const QVector<AuditEntry>& entries)
{
    QVector<QJsonObject> messages;
    QJsonArray list;
    qint64 bytes = 0;
    const auto cut = [&] {
        if (list.isEmpty())
            return;
        messages.append(
            { { QStringLiteral("type"), QStringLiteral("entries") }, { QStringLiteral("entries"), list } });
        list = {};
        bytes = 0;
    };
    for (const AuditEntry& e : entries) {
        const qint64 size = e.before.size() + e.after.size() + 1024;
        if (list.size() >= MaxEntriesPerFrame || (bytes + size > PackPartBytes && !list.isEmpty()))
            cut();
        list.append(entryToJson(e));
        bytes += size;
    }
    cut();
    return messages;
}

AuditEntry entryFromJson(const QJsonObject& json, bool* ok)
{
    AuditEntry e;
    *ok = false;
    static const char* const texts[] = { "at", "by", "action", "entity", "key", "uuid", "before", "after",
        "hash", "prev", "device", "signature", "hlc" };
    for (const char* name : texts) {
        if (!json.value(QLatin1String(name)).isString())
            return e;
    }
    const QJsonValue parents = json.value(QStringLiteral("parents"));
    if (!parents.isArray())
        return e;
    for (const QJsonValue& p : parents.toArray()) {
        if (!p.isString())
            return e;
        e.parents << p.toString();
    }
    e.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.by = json.value(QStringLiteral("by")).toString();
    e.action = json.value(QStringLiteral("action")).toString();
    e.entity = json.value(QStringLiteral("entity")).toString();
    e.entityKey = json.value(QStringLiteral("key")).toString();
    e.entityUuid = json.value(QStringLiteral("uuid")).toString();
    e.before = json.value(QStringLiteral("before")).toString();
    e.after = json.value(QStringLiteral("after")).toString();
    e.hash = json.value(QStringLiteral("hash")).toString();
    e.prevHash = json.value(QStringLiteral("prev")).toString();
    e.device = json.value(QStringLiteral("device")).toString();
    e.signature = json.value(QStringLiteral("signature")).toString();
    e.hlc = json.value(QStringLiteral("hlc")).toString();
    *ok = e.at.isValid() && !e.hlc.isEmpty();
    return e;
}

QString joinCode(const QString& hostPublicKey)
{
    const QByteArray digest = QCryptographicHash::hash(keyBytes(hostPublicKey), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(digest.at(i));
    QString code;
    for (int i = 7; i >= 0; --i)
        code += QLatin1Char(Alphabet[(bits >> (5 * i)) & 31]);
    return code.left(4) + QLatin1Char('-') + code.mid(4);
}

QString normalizedCode(const QString& typed)
{
    QString code;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.isLetterOrNumber() && c.unicode() < 128)
            code += c;
    }
    return code.size() == 8 ? code.left(4) + QLatin1Char('-') + code.mid(4) : code;
}

QStringList verificationWords(const QString& hostPublicKey, const QString& peerPublicKey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("readiness-workshop-words"));
    hash.addData(keyBytes(hostPublicKey));
    hash.addData(keyBytes(peerPublicKey));
    const QByteArray digest = hash.result();
    QStringList words;
    for (int i = 0; i < 4; ++i)
        words << QString::fromLatin1(Words[quint8(digest.at(i))]);
    return words;
}

QJsonObject typed(const char* type, QJsonObject members)
{
    members.insert(QStringLiteral("type"), QLatin1String(type));
    return members;
}

QStringList sortedStrings(const QJsonValue& array)
{
    QStringList list;
    for (const QJsonValue& s : array.toArray()) {
        if (s.isString())
            list << s.toString();
    }
    list.sort();
    return list;
}

QString temporaryPath(const QString& suffix)
{
    return QDir::temp().filePath(
        QStringLiteral("readiness-workshop-%1.%2").arg(QUuid::createUuid().toString(QUuid::Id128), suffix));
}

QSet<QString> removedDevices(const QVector<AuditEntry>& log)
{
    QSet<QString> removed;
    for (const AuditEntry& e : log) {
        if (e.entity == QLatin1String("workshop") && e.action == QLatin1String("workshop.remove")) {
            const QString device = QJsonDocument::fromJson(e.after.toUtf8())
                                       .object()
                                       .value(QStringLiteral("device"))
                                       .toString();
            if (!device.isEmpty())
                removed.insert(device);
        }
    }
    return removed;
}

} // namespace rw::workshop
