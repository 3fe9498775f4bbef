#pragma once

// The domain scores as one bar each, sized to the room it is given: every domain of a checklist (up to
// 25 and more) is in view at once, without scrolling, with the score and rating written large enough to
// read from the back of a room. The presenter window shows it beside the current item; it follows
// every edit of the document.

#include <QWidget>

class Document;

class DomainBars : public QWidget
{
    Q_OBJECT

public:
    explicit DomainBars(QWidget* parent = nullptr);

    void setDocument(Document* document);
    // The value written at each bar, in domain order ("72 % Fair", "not started").
    QStringList valueTexts() const;
    // The pixel size of the value labels as last painted.
    int valueFontPixelSize() const { return m_valuePixels; }
    // The domain whose row is highlighted (the current item's), or empty.
    void setCurrentDomain(const QString& key);

    QSize minimumSizeHint() const override;

signals:
    void domainActivated(const QString& key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    int rowHeight() const;

    Document* m_document = nullptr;
    QString m_current;
    mutable int m_valuePixels = 0;
};
