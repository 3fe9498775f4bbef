#pragma once

// The workshop's side panel: for the facilitator, the join code (large, for the projector), the
// addresses and a QR code, the lobby with each joiner's verification words and Admit / Refuse, and the
// participants with what each is on and Remove; for a laptop that joined, where it stands (connecting,
// the words to read out in the lobby, live, reconnecting) and who is on what. A diagnostics line says
// what went wrong last.

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace rw::workshop {
class Host;
class Peer;
} // namespace rw::workshop

// A QR code drawn from its modules, as large as the widget allows, with its quiet zone.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const { return m_text; }
    QSize sizeHint() const override { return { 180, 180 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QVector<QVector<bool>> m_modules;
};

class WorkshopPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopPanel(QWidget* parent = nullptr);

    // Shows host's workshop (addresses: where it can be reached; notes: what the announcement reaches).
    void showHost(rw::workshop::Host* host, const QStringList& addresses, const QStringList& notes);
    void showPeer(rw::workshop::Peer* peer);
    void refresh();
    void setDiagnostic(const QString& text);

    QLabel* codeLabel() const { return m_code; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* wordsLabel() const { return m_words; }
    QListWidget* lobbyList() const { return m_lobby; }
    QListWidget* participantsList() const { return m_participants; }
    QrCodeWidget* qrCode() const { return m_qr; }

signals:
    void endRequested();

private:
    void refreshHost();
    void refreshPeer();

    rw::workshop::Host* m_host = nullptr;
    rw::workshop::Peer* m_peer = nullptr;
    QLabel* m_state;
    QLabel* m_code;
    QLabel* m_addresses;
    QrCodeWidget* m_qr;
    QLabel* m_words;
    QLabel* m_lobbyTitle;
    QListWidget* m_lobby;
    QListWidget* m_participants;
    QLabel* m_notes;
    QLabel* m_diagnostic;
    QPushButton* m_end;
};
