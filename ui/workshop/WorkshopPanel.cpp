#include "WorkshopPanel.h"

#include "Discovery.h"
#include "Host.h"
#include "Peer.h"
#include "signing/DeviceIdentity.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QString wordsText(const QStringList& words)
{
    return words.join(QStringLiteral("  ·  "));
}

} // namespace

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(120, 120);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeWidget::setText(const QString& text)
{
    m_text = text;
    m_modules = rw::workshop::qrModules(text);
    setToolTip(text);
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    if (m_modules.isEmpty())
        return;
    QPainter p(this);
    const int count = int(m_modules.size()) + 8; // four modules of quiet zone each side
    const int side = std::min(width(), height());
    const int module = std::max(1, side / count);
    const int size = module * count;
    const QPoint origin((width() - size) / 2, (height() - size) / 2);
    p.fillRect(QRect(origin, QSize(size, size)), Qt::white);
    for (int y = 0; y < m_modules.size(); ++y) {
        for (int x = 0; x < m_modules.size(); ++x) {
            if (m_modules.at(y).at(x))
                p.fillRect(
                    origin.x() + (x + 4) * module, origin.y() + (y + 4) * module, module, module, Qt::black);
        }
    }
}

WorkshopPanel::WorkshopPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workshopPanel"));
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("workshopState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("joinCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_code->setFont(big);
    m_code->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_code);
    m_addresses = new QLabel(this);
    m_addresses->setObjectName(QStringLiteral("workshopAddresses"));
    m_addresses->setAlignment(Qt::AlignCenter);
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addresses->setWordWrap(true);
    layout->addWidget(m_addresses);
    m_qr = new QrCodeWidget(this);
    m_qr->setObjectName(QStringLiteral("workshopQr"));
    m_qr->setAccessibleName(tr("QR code of the join link"));
    layout->addWidget(m_qr, 1);

    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("verificationWords"));
    m_words->setWordWrap(true);
    m_words->setAlignment(Qt::AlignCenter);
    QFont wordsFont = m_words->font();
    wordsFont.setPointSizeF(wordsFont.pointSizeF() * 1.6);
    wordsFont.setBold(true);
    m_words->setFont(wordsFont);
    layout->addWidget(m_words);

    m_lobbyTitle = heading(tr("Waiting to join"), this);
    layout->addWidget(m_lobbyTitle);
    m_lobby = new QListWidget(this);
    m_lobby->setObjectName(QStringLiteral("workshopLobby"));
    m_lobby->setSelectionMode(QAbstractItemView::NoSelection);
    m_lobby->setAccessibleName(tr("Laptops waiting to join"));
    m_lobby->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lobby->setWordWrap(true);
    layout->addWidget(m_lobby, 1);
    layout->addWidget(heading(tr("In the workshop"), this));
    m_participants = new QListWidget(this);
    m_participants->setObjectName(QStringLiteral("workshopParticipants"));
    m_participants->setSelectionMode(QAbstractItemView::NoSelection);
    m_participants->setAccessibleName(tr("People in the workshop"));
    m_participants->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_participants->setWordWrap(true);
    layout->addWidget(m_participants, 1);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("workshopNotes"));
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_notes);
    m_diagnostic = new QLabel(this);
    m_diagnostic->setObjectName(QStringLiteral("workshopDiagnostic"));
    m_diagnostic->setWordWrap(true);
    m_diagnostic->hide();
    layout->addWidget(m_diagnostic);
    m_end = new QPushButton(this);
    m_end->setObjectName(QStringLiteral("endWorkshop"));
    connect(m_end, &QPushButton::clicked, this, &WorkshopPanel::endRequested);
    layout->addWidget(m_end);
}

void WorkshopPanel::showHost(rw::workshop::Host* host, const QStringList& addresses, const QStringList& notes)
{
    m_host = host;
    m_peer = nullptr;
    m_code->setText(host->code());
    QStringList shown;
    for (const QString& a : addresses)
        shown << QStringLiteral("%1 : %2").arg(a).arg(host->port());
    m_addresses->setText(tr("Join at %1").arg(shown.join(tr(" or "))));
    m_qr->setText(rw::workshop::joinLink(addresses.value(0), host->port(), host->code()));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_end->setText(tr("End Workshop"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_code, m_addresses, m_qr, m_lobbyTitle, m_lobby })
        w->show();
    m_words->hide();
    setDiagnostic({});
    refresh();
}

void WorkshopPanel::showPeer(rw::workshop::Peer* peer)
{
    m_peer = peer;
    m_host = nullptr;
    m_notes->clear();
    m_end->setText(tr("Leave Workshop"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_code, m_addresses, m_qr, m_lobbyTitle, m_lobby })
        w->hide();
    setDiagnostic({});
    refresh();
}

void WorkshopPanel::setDiagnostic(const QString& text)
{
    m_diagnostic->setText(text.isEmpty() ? QString() : tr("Last problem: %1").arg(text));
    m_diagnostic->setVisible(!text.isEmpty());
}

void WorkshopPanel::refresh()
{
    if (m_host)
        refreshHost();
    else if (m_peer)
        refreshPeer();
}

void WorkshopPanel::refreshHost()
{
    using rw::workshop::Host;
    const QVector<Host::Participant> all = m_host->participants();
    int waiting = 0;
    int admitted = 0;
    for (const Host::Participant& p : all)
        (p.admitted ? admitted : waiting) += 1;
    m_state->setText(tr("Hosting a workshop: %n laptop(s) in, ", nullptr, admitted)
        + tr("%n waiting. Joiners type the code below.", nullptr, waiting));
    m_lobby->clear();
    m_participants->clear();
    for (const Host::Participant& p : all) {
        auto* row = new QWidget;
        auto* v = new QVBoxLayout(row);
        v->setContentsMargins(4, 4, 4, 4);
        v->setSpacing(4);
        auto* h = new QHBoxLayout;
        const QString who = QStringLiteral("%1 (%2, %3)")
                                .arg(p.name, p.address, rw::DeviceIdentity::fingerprint(p.device).left(9));
        auto* label = new QLabel(row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        auto* item = new QListWidgetItem;
        const int id = p.id;
        if (!p.admitted) {
            label->setText(
                tr("%1<br><b>%2</b>").arg(who.toHtmlEscaped(), wordsText(p.words).toHtmlEscaped()));
            label->setToolTip(tr("Admit only if the joiner's screen shows the same four words."));
            auto* admit = new QPushButton(tr("Admit"), row);
            admit->setObjectName(QStringLiteral("admit-%1").arg(id));
            auto* refuse = new QPushButton(tr("Refuse"), row);
            refuse->setObjectName(QStringLiteral("refuse-%1").arg(id));
            connect(admit, &QPushButton::clicked, this, [this, id] { m_host->admit(id); });
            connect(refuse, &QPushButton::clicked, this, [this, id] { m_host->refuse(id); });
            v->addWidget(label);
            h->addStretch(1);
            h->addWidget(admit);
            h->addWidget(refuse);
            v->addLayout(h);
            label->setMaximumWidth(m_lobby->viewport()->width() - 12);
            m_lobby->addItem(item);
            item->setSizeHint(row->sizeHint());
            m_lobby->setItemWidget(item, row);
        } else {
            QString where = p.item.isEmpty() ? tr("no item") : p.item;
            if (p.typing)
                where = tr("%1, typing its note").arg(where);
            label->setText(
                QStringLiteral("%1<br>%2").arg(who.toHtmlEscaped(), tr("on %1").arg(where).toHtmlEscaped()));
            auto* remove = new QPushButton(tr("Remove"), row);
            remove->setObjectName(QStringLiteral("remove-%1").arg(id));
            remove->setToolTip(
                tr("Disconnects this laptop and refuses its changes from now on (recorded in the log)."));
            const QString name = p.name;
            connect(remove, &QPushButton::clicked, this, [this, id, name] {
                if (QMessageBox::question(this, tr("Remove from the Workshop"),
                        tr("Remove %1's laptop from the workshop? Its changes are refused from now on, in "
                           "every "
                           "copy; this is recorded in the audit log.")
                            .arg(name))
                    != QMessageBox::Yes)
                    return;
                if (const rw::ProjectError e = m_host->remove(id))
                    setDiagnostic(e.message);
            });
            v->addWidget(label);
            h->addStretch(1);
            h->addWidget(remove);
            v->addLayout(h);
            label->setMaximumWidth(m_participants->viewport()->width() - 12);
            m_participants->addItem(item);
            item->setSizeHint(row->sizeHint());
            m_participants->setItemWidget(item, row);
        }
    }
    if (m_lobby->count() == 0)
        m_lobby->addItem(tr("Nobody is waiting."));
    if (m_participants->count() == 0)
        m_participants->addItem(tr("Nobody has joined yet."));
}

void WorkshopPanel::refreshPeer()
{
    using State = rw::workshop::Peer::State;
    switch (m_peer->state()) {
    case State::Idle:
    case State::Connecting:
        m_state->setText(tr("Connecting to the workshop..."));
        break;
    case State::Lobby:
        m_state->setText(
            tr("Waiting for the facilitator to admit this laptop. Read these words to them; their "
               "screen must show the same:"));
        break;
    case State::Receiving:
        m_state->setText(tr("Admitted. Receiving a copy of the project..."));
        break;
    case State::Syncing:
        m_state->setText(tr("Admitted. Exchanging changes..."));
        break;
    case State::Live:
        m_state->setText(tr("In %1's workshop: \"%2\". Changes travel as they are made.")
                             .arg(m_peer->hostName(), m_peer->title()));
        break;
    case State::Disconnected:
        m_state->setText(
            tr("The connection is lost; trying again. Changes made meanwhile are kept and exchanged "
               "when it is back."));
        break;
    case State::Refused:
        m_state->setText(tr("Not in the workshop: %1").arg(m_peer->problem()));
        break;
    }
    m_words->setText(wordsText(m_peer->words()));
    m_words->setVisible(m_peer->state() == State::Lobby);
    m_participants->clear();
    for (const rw::workshop::Presence& p : m_peer->presence()) {
        QString where = p.item.isEmpty() ? tr("no item") : p.item;
        if (p.typing)
            where = tr("%1, typing its note").arg(where);
        m_participants->addItem(
            p.host ? tr("%1 (facilitator), on %2").arg(p.name, where) : tr("%1, on %2").arg(p.name, where));
    }
    if (m_participants->count() == 0)
        m_participants->addItem(tr("Nobody yet."));
}
