#pragma once

// Text that people typed, imported or received, shown where it could deceive: on a terminal, in a
// report, as an evidence file's name. Control characters (C0 but line breaks and tabs, DEL, C1) would
// let a title clear a terminal, retitle its window or colour what follows; bidirectional overrides and
// isolates would show "invoice_exe.png" for a name that ends in ".exe". Both are made visible, never
// passed on raw. Ordinary text of any script, and the marks that join or shape it, is left alone.

#include <QByteArray>
#include <QString>

namespace rw::SafeText {

// A control or bidirectional formatting character that must not reach a reader raw.
bool isHazard(char32_t c);

// For a terminal: each hazard as the escape \uXXXX (in JSON output the same data, in text visible);
// line breaks and tabs stay.
QString forTerminal(const QString& text);
// The same on UTF-8 bytes, which must hold whole characters.
QByteArray forTerminal(const QByteArray& utf8);

// For a document (Markdown, PDF): C0 controls as their Unicode control pictures (U+241B for ESC),
// other hazards as [U+XXXX]; line breaks and tabs stay.
QString forDocument(const QString& text);

// An evidence file's name as shown to people: hazards visible as for a document, so that the extension
// shown is the real one.
inline QString fileName(const QString& name)
{
    return forDocument(name);
}

} // namespace rw::SafeText
