#pragma once

// Workshop > Join: the workshops found on the local network (DNS-SD and the beacon), or an address typed
// or pasted (a join link from the host's QR code works too), the join code, and which copy takes part:
// the project open here, or a new copy the host sends. It says what it tried, so that a workshop that
// does not show up (Wi-Fi that keeps laptops apart, multicast blocked) is joined by its address.

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace rw::workshop {
class Browser;
}

class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    // openTitle: the project open here (empty: none).
    JoinDialog(const QString& openTitle, const QString& suggestedCopy, QWidget* parent = nullptr);
    ~JoinDialog() override;

    QString address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString code() const;
    // Empty: join with the open project; otherwise where the new copy is saved.
    QString copyPath() const;

    QLineEdit* addressEdit() const { return m_addressEdit; }
    QLineEdit* codeEdit() const { return m_codeEdit; }
    QListWidget* foundList() const { return m_found; }
    QLabel* notesLabel() const { return m_notes; }

private:
    void refreshFound();
    void validate();

    rw::workshop::Browser* m_browser;
    QListWidget* m_found;
    QLineEdit* m_addressEdit;
    QLineEdit* m_codeEdit;
    QRadioButton* m_withOpen;
    QRadioButton* m_newCopy;
    QLineEdit* m_copyEdit;
    QLabel* m_notes;
    QPushButton* m_join;
    QString m_address;
    quint16 m_port = 0;
};
