#include "SafeText.h"

namespace rw::SafeText {

namespace {

QString hex(char32_t c)
{
    return QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// Every hazard lies in the Basic Multilingual Plane, so a surrogate half is never one: the text is
// walked by UTF-16 unit.
template <typename Replace> QString replaced(const QString& text, Replace replace)
{
    qsizetype first = 0;
    while (first < text.size() && !isHazard(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isHazard(c.unicode()))
            out += replace(c.unicode());
        else
            out += c;
    }
    return out;
}

} // namespace

bool isHazard(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    switch (c) {
    case 0x061c: // Arabic letter mark
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
        return true;
    default:
        break;
    }
    // Embeddings and overrides (U+202A..U+202E), isolates (U+2066..U+2069).
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString forTerminal(const QString& text)
{
    return replaced(text, [](char32_t c) -> QString { return QStringLiteral("\\u") + hex(c); });
}

QByteArray forTerminal(const QByteArray& utf8)
{
    // Most output holds no hazard: the bytes pass unchanged and undecoded. The hazards all begin with a
    // byte below 0x20, 0x7f, 0xc2 (U+0080..U+009F), 0xd8 (U+061C) or 0xe2 (U+200E..U+2069).
    bool suspicious = false;
    for (const char b : utf8) {
        const auto u = uchar(b);
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f || u == 0xc2 || u == 0xd8 || u == 0xe2) {
            suspicious = true;
            break;
        }
    }
    if (!suspicious)
        return utf8;
    return forTerminal(QString::fromUtf8(utf8)).toUtf8();
}

QString forDocument(const QString& text)
{
    return replaced(text, [](char32_t c) -> QString {
        if (c < 0x20)
            return QString(QChar(ushort(0x2400 + c)));
        if (c == 0x7f)
            return QString(QChar(ushort(0x2421)));
        return QStringLiteral("[U+") + hex(c) + QLatin1Char(']');
    });
}

} // namespace rw::SafeText
