#include "Questionnaire.h"
#include "scoring/Answers.h"

#include "domain/Enums.h"
#include "exchange/Template.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace rw::Questionnaire {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Questionnaire)
};

// The page. %LANG%, %TITLE% and %DATA% are filled in by write(); everything else the script builds from
// the data, as text.
const char* const Page = R"HTML(<!DOCTYPE html>
<html lang="%LANG%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'">
<meta name="generator" content="Readiness Workbench">
<title>%TITLE%</title>
<style>
:root { --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --accent: #1f5fa8; --met: #1e7b34; --partial: #a36b00; --unmet: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); background: #f4f6f8; }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 16px 24px; position: sticky; top: 0; z-index: 1; }
header h1 { font-size: 1.35rem; margin: 0 0 4px; }
header p { margin: 0; color: var(--muted); }
.bar { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: center; margin-top: 10px; }
.bar label { font-weight: 600; }
.bar input { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; min-width: 16em; }
.progress { color: var(--muted); }
button { font: inherit; padding: 6px 14px; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
main { max-width: 60rem; margin: 0 auto; padding: 8px 24px 48px; }
section h2 { font-size: 1.15rem; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
.item { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 10px 0; }
.item.answered { border-left: 4px solid var(--accent); }
.item h3 { font-size: 1rem; margin: 0 0 6px; font-weight: 600; white-space: pre-wrap; }
.key { color: var(--muted); font-weight: 700; margin-right: 6px; }
details { color: var(--muted); margin: 4px 0 8px; white-space: pre-wrap; }
details summary { cursor: pointer; }
fieldset { border: 0; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
fieldset legend { font-weight: 600; margin-bottom: 4px; padding: 0; }
fieldset label { display: inline-flex; gap: 6px; align-items: center; cursor: pointer; }
.choices { flex-direction: column; }
textarea { width: 100%; font: inherit; min-height: 3.2em; padding: 6px 8px; border: 1px solid var(--line); border-radius: 4px; }
.notice { color: var(--muted); font-size: .9rem; }
.saved { color: var(--met); }
@media print { header { position: static; } button { display: none; } }
</style>
</head>
<body>
<noscript><p style="padding:24px">%NOSCRIPT%</p></noscript>
<script type="application/json" id="questionnaire-data">%DATA%</script>
<script>
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('questionnaire-data').textContent);
  var L = data.labels;
  var storeKey = 'readiness-questionnaire:' + data.id;
  var state = { answeredBy: '', answers: {} };
  try {
    var kept = JSON.parse(window.localStorage.getItem(storeKey) || 'null');
    if (kept && typeof kept === 'object' && kept.answers) state = kept;
  } catch (e) { /* storage unavailable (a file opened in a private window): answers live in the page */ }

  function el(tag, props, text) {
    var e = document.createElement(tag);
    if (props) Object.keys(props).forEach(function (k) { e.setAttribute(k, props[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function persist() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* see above */ }
  }
  var total = 0;
  function answeredCount() {
    return Object.keys(state.answers).filter(function (k) {
      var a = state.answers[k];
      return a.status || (a.answer !== undefined && a.answer !== '' && !(Array.isArray(a.answer) && !a.answer.length));
    }).length;
  }
  var progress = el('span', { 'class': 'progress', 'aria-live': 'polite' });
  function updateProgress() {
    progress.textContent = L.progress.replace('%1', String(answeredCount())).replace('%2', String(total));
  }

  var header = el('header');
  header.appendChild(el('h1', null, L.heading));
  header.appendChild(el('p', null, L.intro));
  var bar = el('div', { 'class': 'bar' });
  var nameLabel = el('label', { 'for': 'answered-by' }, L.yourName);
  var name = el('input', { id: 'answered-by', type: 'text', autocomplete: 'name' });
  name.value = state.answeredBy || '';
  name.addEventListener('input', function () { state.answeredBy = name.value; persist(); });
  var save = el('button', { id: 'save-answers', type: 'button' }, L.save);
  var startOver = el('button', { id: 'start-over', type: 'button', 'class': 'secondary' }, L.startOver);
  var savedNote = el('span', { 'class': 'saved', 'aria-live': 'polite' });
  bar.appendChild(nameLabel); bar.appendChild(name); bar.appendChild(progress);
  bar.appendChild(save); bar.appendChild(startOver); bar.appendChild(savedNote);
  header.appendChild(bar);
  document.body.appendChild(header);

  var main = el('main');
  data.domains.forEach(function (domain) {
    var section = el('section');
    section.appendChild(el('h2', null, domain.title));
    if (domain.description) section.appendChild(el('p', { 'class': 'notice' }, domain.description));
    domain.items.forEach(function (item) {
      total += 1;
      var answer = state.answers[item.key] || {};
      var box = el('div', { 'class': 'item', id: 'item-' + item.key, 'data-key': item.key });
      var h = el('h3');
      h.appendChild(el('span', { 'class': 'key' }, item.key));
      h.appendChild(document.createTextNode(item.text));
      box.appendChild(h);
      if (item.guidance) {
        var d = el('details');
        d.appendChild(el('summary', null, L.guidance));
        d.appendChild(document.createTextNode(item.guidance));
        box.appendChild(d);
      }
      // An item asked otherwise than with a status: its levels, choices, yes/no, number, date or text.
      if (item.type) {
        var typed = el('fieldset', { 'class': item.type === 'multiple' ? 'choices' : 'status' });
        typed.appendChild(el('legend', null, item.asked || L.answer));
        var given = answer.answer !== undefined ? answer.answer : item.answer;
        if (item.options) {
          var multiple = item.type === 'multiple';
          var options = item.options.slice();
          if (!multiple) options.push({ id: '', label: L.notAnswered });
          options.forEach(function (o) {
            var label = el('label');
            var input = el('input', { type: multiple ? 'checkbox' : 'radio', name: 'answer-' + item.key, value: o.id });
            input.checked = multiple ? (Array.isArray(given) && given.indexOf(o.id) >= 0) : (given || '') === o.id;
            input.addEventListener('change', function () { record(item.key, box); });
            label.appendChild(input);
            label.appendChild(document.createTextNode(o.label));
            if (o.description) label.title = o.description;
            typed.appendChild(label);
          });
        } else {
          var field = el('input', { type: item.type === 'number' ? 'number' : (item.type === 'date' ? 'date' : 'text'),
            name: 'answer-' + item.key, 'aria-label': item.asked || L.answer });
          if (item.type === 'number') field.setAttribute('step', 'any');
          field.value = given !== undefined && given !== null ? String(given) : '';
          field.addEventListener('input', function () { record(item.key, box); });
          typed.appendChild(field);
          if (item.unit) typed.appendChild(document.createTextNode(' ' + item.unit));
        }
        box.appendChild(typed);
      }
      var statusSet = el('fieldset', { 'class': 'status' });
      statusSet.appendChild(el('legend', null, L.answer));
      var current = answer.status !== undefined ? answer.status : (item.current || '');
      data.statuses.forEach(function (s) {
        var label = el('label');
        var input = el('input', { type: 'radio', name: 'status-' + item.key, value: s.key });
        input.checked = current === s.key;
        input.addEventListener('change', function () { record(item.key, box); });
        label.appendChild(input);
        label.appendChild(document.createTextNode(s.label));
        statusSet.appendChild(label);
      });
      // The statuses follow from a typed answer: they are asked only of items answered with a status.
      if (!item.type) box.appendChild(statusSet);
      if (item.choices && item.choices.length) {
        var choiceSet = el('fieldset', { 'class': 'choices' });
        choiceSet.appendChild(el('legend', null, L.choices));
        var chosen = answer.choices || item.selected || [];
        item.choices.forEach(function (c) {
          var label = el('label');
          var input = el('input', { type: 'checkbox', name: 'choice-' + item.key, value: c.id });
          input.checked = chosen.indexOf(c.id) >= 0;
          input.addEventListener('change', function () { record(item.key, box); });
          label.appendChild(input);
          label.appendChild(document.createTextNode(c.title));
          choiceSet.appendChild(label);
        });
        box.appendChild(choiceSet);
      }
      var noteLabel = el('label', { 'for': 'note-' + item.key, 'class': 'notice' }, L.note);
      var note = el('textarea', { id: 'note-' + item.key, name: 'note-' + item.key, rows: '2' });
      note.value = answer.note !== undefined ? answer.note : (item.note || '');
      note.addEventListener('input', function () { record(item.key, box); });
      box.appendChild(noteLabel);
      box.appendChild(note);
      if (state.answers[item.key]) box.classList.add('answered');
      section.appendChild(box);
    });
    main.appendChild(section);
  });
  document.body.appendChild(main);
  updateProgress();

  // What the person gave for an item, as the answers file holds it.
  function record(key, box) {
    var checked = box.querySelector('input[name="status-' + CSS.escape(key) + '"]:checked');
    var a = { status: checked ? checked.value : '', note: box.querySelector('textarea').value };
    var typed = box.querySelectorAll('input[name="answer-' + CSS.escape(key) + '"]');
    if (typed.length) {
      a.status = '';
      if (typed[0].type === 'checkbox') {
        a.answer = [];
        typed.forEach(function (c) { if (c.checked) a.answer.push(c.value); });
      } else if (typed[0].type === 'radio') {
        var picked = box.querySelector('input[name="answer-' + CSS.escape(key) + '"]:checked');
        a.answer = picked ? picked.value : '';
      } else {
        a.answer = typed[0].value;
      }
    }
    var choices = box.querySelectorAll('input[name="choice-' + CSS.escape(key) + '"]');
    if (choices.length) {
      a.choices = [];
      choices.forEach(function (c) { if (c.checked) a.choices.push(c.value); });
    }
    state.answers[key] = a;
    box.classList.add('answered');
    savedNote.textContent = '';
    persist();
    updateProgress();
  }

  function answersFile() {
    var list = Object.keys(state.answers).map(function (key) {
      var a = state.answers[key];
      var out = { key: key, note: a.note };
      if (a.status) out.status = a.status;
      if (a.choices) out.choices = a.choices;
      if (a.answer !== undefined) out.answer = a.answer;
      return out;
    });
    return {
      format: 'readiness-workbench-answers', formatVersion: 1, assessment: data.title, assessmentId: data.id,
      template: data.template, answeredBy: name.value.trim(), answeredAt: new Date().toISOString(), answers: list
    };
  }

  save.addEventListener('click', function () {
    var text = JSON.stringify(answersFile(), null, 2);
    var blob = new Blob([text], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var a = el('a', { href: url, download: data.fileName });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    savedNote.textContent = L.saved.replace('%1', data.fileName);
  });
  startOver.addEventListener('click', function () {
    if (!window.confirm(L.startOverQuestion)) return;
    state = { answeredBy: '', answers: {} };
    persist();
    window.location.reload();
  });
})();
</script>
</body>
</html>
)HTML";

QString htmlEscaped(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString assessmentId(const Project& project)
{
    const QVector<AuditEntry> log = project.auditLog();
    return log.isEmpty() ? project.assessment().info.title : log.first().hash;
}

QByteArray write(const Project& project, const Options& options)
{
    const Assessment& a = project.assessment();
    QJsonArray domains;
    int count = 0;
    for (const Domain& d : a.domains) {
        if (!options.domains.isEmpty() && !options.domains.contains(d.key))
            continue;
        QJsonArray items;
        for (const Item& i : d.items) {
            if (options.openOnly && i.status != ItemStatus::Open)
                continue;
            QJsonObject item { { QStringLiteral("key"), i.key },
                { QStringLiteral("text"), Template::displayText(i.text) },
                { QStringLiteral("guidance"), Template::displayText(i.guidance) },
                { QStringLiteral("note"), i.note },
                { QStringLiteral("current"), i.status == ItemStatus::Open ? QString() : toKey(i.status) } };
            if (i.question.type != QuestionType::Status) {
                // The answer as the workbench asks it: the levels or choices with their labels, or a field.
                item.insert(QStringLiteral("type"), toKey(i.question.type));
                item.insert(QStringLiteral("asked"), Answers::describe(i.question));
                if (!i.question.unit.isEmpty())
                    item.insert(QStringLiteral("unit"), i.question.unit);
                QJsonArray options;
                if (i.question.type == QuestionType::YesNo) {
                    for (const QString& id : { QStringLiteral("yes"), QStringLiteral("no") })
                        options.append(QJsonObject { { QStringLiteral("id"), id },
                            { QStringLiteral("label"), Answers::shown(i.question, QJsonValue(id)) } });
                }
                for (const AnswerOption& o : i.question.options)
                    options.append(QJsonObject { { QStringLiteral("id"), o.id },
                        { QStringLiteral("label"), Answers::shown(i.question, QJsonValue(o.id)) },
                        { QStringLiteral("description"), o.description } });
                if (!options.isEmpty())
                    item.insert(QStringLiteral("options"), options);
                if (Answers::isAnswered(i.answer))
                    item.insert(QStringLiteral("answer"), i.answer);
            }
            if (!i.choices.isEmpty()) {
                QJsonArray choices;
                for (const Choice& c : i.choices)
                    choices.append(
                        QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("title"), c.title } });
                item.insert(QStringLiteral("choices"), choices);
                item.insert(QStringLiteral("selected"), QJsonArray::fromStringList(i.selectedChoices));
            }
            items.append(item);
            ++count;
        }
        if (!items.isEmpty())
            domains.append(QJsonObject { { QStringLiteral("key"), d.key },
                { QStringLiteral("title"), Template::displayText(d.title) },
                { QStringLiteral("description"), Template::displayText(d.description) },
                { QStringLiteral("items"), items } });
    }
    QJsonArray statuses;
    for (const ItemStatus s : { ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet,
             ItemStatus::NotApplicable, ItemStatus::Open })
        statuses.append(QJsonObject { { QStringLiteral("key"), s == ItemStatus::Open ? QString() : toKey(s) },
            { QStringLiteral("label"), s == ItemStatus::Open ? Tr::tr("Not answered") : toLabel(s) } });

    const QString title = a.info.title;
    const QString id = assessmentId(project);
    QString stem = a.info.templateId.isEmpty() ? QStringLiteral("assessment") : a.info.templateId;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
    const QJsonObject labels { { QStringLiteral("heading"), Tr::tr("Questionnaire: %1").arg(title) },
        { QStringLiteral("intro"),
            Tr::tr(
                "Answer what you can: pick an answer for each question and add a note where it helps. What "
                "you "
                "type stays in this browser until you save. \"Save answers\" writes a file; send it back to "
                "the assessors. %n question(s).",
                nullptr, count) },
        { QStringLiteral("yourName"), Tr::tr("Your name") },
        { QStringLiteral("progress"), Tr::tr("%1 of %2 answered") },
        { QStringLiteral("save"), Tr::tr("Save answers") },
        { QStringLiteral("saved"), Tr::tr("Saved as %1 in your downloads.") },
        { QStringLiteral("startOver"), Tr::tr("Start over") },
        { QStringLiteral("startOverQuestion"),
            Tr::tr("Forget every answer given in this browser and start over?") },
        { QStringLiteral("guidance"), Tr::tr("Guidance") }, { QStringLiteral("answer"), Tr::tr("Answer") },
        { QStringLiteral("choices"), Tr::tr("Which of these apply?") },
        { QStringLiteral("notAnswered"), Tr::tr("Not answered") },
        { QStringLiteral("note"), Tr::tr("Note (what you know, where the proof is)") } };
    const QJsonObject data { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
        { QStringLiteral("template"), a.info.templateId },
        { QStringLiteral("fileName"), QStringLiteral("answers-%1.json").arg(stem) },
        { QStringLiteral("labels"), labels }, { QStringLiteral("statuses"), statuses },
        { QStringLiteral("domains"), domains } };
    // Inside <script> only "</" could end the element early; JSON allows the escape \u003c for "<".
    QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c");

    // Filled in one pass over the page, so that nothing put in is read for placeholders again.
    const QHash<QByteArray, QByteArray> fill {
        { "LANG",
            QLocale().language() == QLocale::C ? QByteArray("en")
                                               : QLocale().name().section(QLatin1Char('_'), 0, 0).toUtf8() },
        { "TITLE", htmlEscaped(Tr::tr("Questionnaire: %1").arg(title)).toUtf8() },
        { "NOSCRIPT",
            htmlEscaped(
                Tr::tr("This questionnaire needs JavaScript to show its questions and save the answers; "
                       "allow it for this file, or ask the assessors for the checklist as a spreadsheet."))
                .toUtf8() },
        { "DATA", json }
    };
    const QByteArray page(Page);
    QByteArray out;
    out.reserve(page.size() + json.size() + 1024);
    qsizetype at = 0;
    while (at < page.size()) {
        const qsizetype open = page.indexOf('%', at);
        const qsizetype close = open < 0 ? -1 : page.indexOf('%', open + 1);
        const QByteArray name = close < 0 ? QByteArray() : page.mid(open + 1, close - open - 1);
        if (open < 0 || close < 0) {
            out += page.mid(at);
            break;
        }
        if (fill.contains(name)) {
            out += page.mid(at, open - at) + fill.value(name);
            at = close + 1;
        } else {
            out += page.mid(at, open - at + 1);
            at = open + 1;
        }
    }
    return out;
}

} // namespace rw::Questionnaire
