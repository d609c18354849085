#include "FhirRenderer.h"
#include "ValueSets.h"
#include "core/DisplayFormat.h"

#include <algorithm>
#include <QByteArray>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <initializer_list>

namespace careledger {
namespace {

// -- JSON access that tolerates any shape ------------------------------------

QJsonObject obj(const QJsonValue &v)
{
    return v.toObject(); // empty for non-objects
}

QJsonArray arr(const QJsonValue &v)
{
    // A single object where an array belongs is a common mistake; read it as one item.
    if (v.isObject())
        return QJsonArray{v};
    return v.toArray();
}

QString str(const QJsonValue &v)
{
    return v.isString() ? v.toString().trimmed() : QString();
}

// "period.start" and the like.
QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

QString capitalized(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1);
}

QString uncapitalized(const QString &text)
{
    // Leave acronyms ("INR", "COPD") alone.
    if (text.size() < 2 || text.at(1).isUpper())
        return text;
    return text.left(1).toLower() + text.mid(1);
}

// SNOMED CT fully specified names end in a semantic tag nobody says aloud.
QString withoutSemanticTag(const QString &display)
{
    static const QRegularExpression tag(QStringLiteral(R"(\s+\((disorder|finding|procedure|situation|substance|organism|qualifier value|observable entity|regime/therapy|event|morphologic abnormality|product|medicinal product|body structure|physical object|environment|record artifact)\)$)"));
    QString text = display;
    text.remove(tag);
    return text.trimmed();
}

QString systemName(const QString &system)
{
    if (system == QLatin1String(ValueSets::loinc))
        return QStringLiteral("LOINC");
    if (system == QLatin1String(ValueSets::snomed))
        return QStringLiteral("SNOMED CT");
    if (system == QLatin1String(ValueSets::rxnorm))
        return QStringLiteral("RxNorm");
    if (system == QLatin1String(ValueSets::icd10cm))
        return QStringLiteral("ICD-10-CM");
    if (system == QLatin1String("http://hl7.org/fhir/sid/icd-10"))
        return QStringLiteral("ICD-10");
    if (system == QLatin1String("http://hl7.org/fhir/sid/cvx"))
        return QStringLiteral("CVX");
    if (system == QLatin1String(ValueSets::ucum))
        return QStringLiteral("UCUM");
    if (system.isEmpty())
        return FhirRenderer::tr("code");
    // HL7 terminology: the last path segment is the code system's name.
    const qsizetype slash = system.lastIndexOf(u'/');
    return slash >= 0 && slash + 1 < system.size() ? system.mid(slash + 1) : system;
}

QJsonObject firstCoding(const QJsonObject &cc)
{
    return obj(arr(cc.value("coding")).at(0));
}

QString firstCode(const QJsonObject &cc)
{
    return str(firstCoding(cc).value("code"));
}

bool hasCode(const QJsonObject &cc, const QString &system, const QString &code)
{
    for (const QJsonValue &c : arr(cc.value("coding"))) {
        if (str(c.toObject().value("system")) == system && str(c.toObject().value("code")) == code)
            return true;
    }
    return false;
}

QString codeIn(const QJsonObject &cc, const char *system)
{
    for (const QJsonValue &c : arr(cc.value("coding"))) {
        if (str(c.toObject().value("system")) == QLatin1String(system))
            return str(c.toObject().value("code"));
    }
    return {};
}

// Short names clinicians use for common laboratory tests (LOINC long names are
// precise but hard to scan on a timeline).
QString labName(const QString &loinc)
{
    struct Name {
        const char *code;
        const char *name;
    };
    static constexpr Name names[] = {
        {"4548-4", QT_TRANSLATE_NOOP("FhirRenderer", "Haemoglobin A1c")},
        {"718-7", QT_TRANSLATE_NOOP("FhirRenderer", "Haemoglobin")},
        {"2345-7", QT_TRANSLATE_NOOP("FhirRenderer", "Glucose")},
        {"3094-0", QT_TRANSLATE_NOOP("FhirRenderer", "Urea nitrogen")},
        {"6299-2", QT_TRANSLATE_NOOP("FhirRenderer", "Urea nitrogen")},
        {"2160-0", QT_TRANSLATE_NOOP("FhirRenderer", "Creatinine")},
        {"38483-4", QT_TRANSLATE_NOOP("FhirRenderer", "Creatinine")},
        {"2951-2", QT_TRANSLATE_NOOP("FhirRenderer", "Sodium")},
        {"2947-0", QT_TRANSLATE_NOOP("FhirRenderer", "Sodium")},
        {"2823-3", QT_TRANSLATE_NOOP("FhirRenderer", "Potassium")},
        {"6298-4", QT_TRANSLATE_NOOP("FhirRenderer", "Potassium")},
        {"2075-0", QT_TRANSLATE_NOOP("FhirRenderer", "Chloride")},
        {"2069-3", QT_TRANSLATE_NOOP("FhirRenderer", "Chloride")},
        {"2028-9", QT_TRANSLATE_NOOP("FhirRenderer", "Bicarbonate")},
        {"20565-8", QT_TRANSLATE_NOOP("FhirRenderer", "Bicarbonate")},
        {"17861-6", QT_TRANSLATE_NOOP("FhirRenderer", "Calcium")},
        {"49765-1", QT_TRANSLATE_NOOP("FhirRenderer", "Calcium")},
        {"2093-3", QT_TRANSLATE_NOOP("FhirRenderer", "Total cholesterol")},
        {"2571-8", QT_TRANSLATE_NOOP("FhirRenderer", "Triglycerides")},
        {"2085-9", QT_TRANSLATE_NOOP("FhirRenderer", "HDL cholesterol")},
        {"13457-7", QT_TRANSLATE_NOOP("FhirRenderer", "LDL cholesterol")},
        {"18262-6", QT_TRANSLATE_NOOP("FhirRenderer", "LDL cholesterol")},
        {"6690-2", QT_TRANSLATE_NOOP("FhirRenderer", "White cell count")},
        {"789-8", QT_TRANSLATE_NOOP("FhirRenderer", "Red cell count")},
        {"4544-3", QT_TRANSLATE_NOOP("FhirRenderer", "Haematocrit")},
        {"777-3", QT_TRANSLATE_NOOP("FhirRenderer", "Platelets")},
        {"6301-6", QT_TRANSLATE_NOOP("FhirRenderer", "INR")},
        {"33914-3", QT_TRANSLATE_NOOP("FhirRenderer", "eGFR")},
        {"51990-0", QT_TRANSLATE_NOOP("FhirRenderer", "Basic metabolic panel")},
        {"24331-1", QT_TRANSLATE_NOOP("FhirRenderer", "Lipid panel")},
        {"57698-3", QT_TRANSLATE_NOOP("FhirRenderer", "Lipid panel")},
        {"58410-2", QT_TRANSLATE_NOOP("FhirRenderer", "Complete blood count")},
    };
    for (const Name &n : names) {
        if (loinc == QLatin1String(n.code))
            return FhirRenderer::tr(n.name);
    }
    return {};
}

// The plainest name of a cc: our own label for a known code, else its
// text, else the first coding's display, else the bare code.
QString conceptName(const QJsonObject &cc)
{
    const QString loinc = codeIn(cc, ValueSets::loinc);
    if (!loinc.isEmpty()) {
        if (const QString name = labName(loinc); !name.isEmpty())
            return name;
    }
    for (const QJsonValue &c : arr(cc.value("coding"))) {
        if (const auto known = ValueSets::find(str(c.toObject().value("system")), str(c.toObject().value("code"))))
            return known->display;
    }
    if (const QString text = str(cc.value("text")); !text.isEmpty())
        return capitalized(text);
    for (const QJsonValue &c : arr(cc.value("coding"))) {
        if (const QString display = str(c.toObject().value("display")); !display.isEmpty())
            return capitalized(withoutSemanticTag(display));
    }
    return firstCode(cc);
}

QStringList codeLines(const QJsonObject &cc)
{
    QStringList lines;
    for (const QJsonValue &v : arr(cc.value("coding"))) {
        const QJsonObject c = v.toObject();
        const QString code = str(c.value("code"));
        if (code.isEmpty())
            continue;
        const QString display = str(c.value("display"));
        const QString id = systemName(str(c.value("system"))) + u' ' + code;
        lines.append(display.isEmpty() ? FhirRenderer::tr("Code: %1").arg(id) : FhirRenderer::tr("Code: %1 (%2)").arg(id, display));
    }
    return lines;
}

QString names(const QJsonValue &concepts)
{
    QStringList list;
    for (const QJsonValue &c : arr(concepts)) {
        if (const QString name = conceptName(c.toObject()); !name.isEmpty())
            list.append(name);
    }
    return list.join(QStringLiteral(", "));
}

// What a Reference says to a reader: its display; a bare id means nothing to them.
QString referenceNames(const QJsonValue &references)
{
    QStringList list;
    for (const QJsonValue &v : arr(references)) {
        const QJsonObject r = v.toObject();
        QString name = str(r.value("display"));
        if (name.isEmpty())
            name = str(obj(r.value("individual")).value("display")); // Encounter.participant
        if (name.isEmpty())
            name = str(obj(r.value("actor")).value("display"));      // performer.actor
        if (!name.isEmpty())
            list.append(name);
    }
    return list.join(QStringLiteral(", "));
}

QString displayTime(const QString &raw)
{
    if (raw.isEmpty())
        return {};
    const QDateTime t = FhirRenderer::parseDateTime(raw);
    if (!t.isValid())
        return raw;
    if (raw.size() < 10) // a partial date (year, or year and month): as written
        return raw;
    if (raw.size() == 10) // a date carries no time to show
        return DisplayFormat::date(t.date());
    return DisplayFormat::dateTime(t);
}

QString period(const QJsonObject &p)
{
    const QString start = displayTime(str(p.value("start")));
    const QString end = displayTime(str(p.value("end")));
    if (start.isEmpty())
        return end.isEmpty() ? QString() : FhirRenderer::tr("until %1").arg(end);
    return end.isEmpty() ? FhirRenderer::tr("from %1").arg(start) : FhirRenderer::tr("%1 to %2").arg(start, end);
}

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    if (decimals >= 0)
        return QString::number(value, 'f', decimals);
    // Unknown precision: keep what a person would have written, round what a
    // simulator wrote (Synthea gives 165.13572344324407 cm).
    for (int d = 0; d <= 2; ++d) {
        const double scale = std::pow(10.0, d);
        if (std::abs(std::round(value * scale) - value * scale) < 1e-6)
            return QString::number(value, 'f', d);
    }
    const double magnitude = std::abs(value);
    QString text = QString::number(value, 'f', magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString unitText(const QJsonObject &quantity, const std::optional<VitalSignDefinition> &vital)
{
    const QString code = str(quantity.value("code"));
    if (vital && code == vital->unit)
        return vital->unitDisplay;
    QString unit = str(quantity.value("unit"));
    if (unit.isEmpty())
        unit = code;
    if (unit.startsWith(u'{'))
        return {}; // UCUM annotations ({score}, {INR}) are not read out
    if (unit.contains(u'{')) // "mL/min/{1.73_m2}": keep the annotation's words, not its braces
        unit = unit.remove(u'{').remove(u'}').replace(u'_', u' ');
    if (unit == QLatin1String("mm[Hg]"))
        return QStringLiteral("mmHg");
    if (unit == QLatin1String("Cel") || unit == QLatin1String("C"))
        return QStringLiteral("°C");
    if (unit == QLatin1String("[degF]"))
        return QStringLiteral("°F");
    if (unit == QLatin1String("kg/m2"))
        return QStringLiteral("kg/m²");
    return unit;
}

QString quantityText(const QJsonObject &q, const std::optional<VitalSignDefinition> &vital)
{
    if (!q.value("value").isDouble())
        return {};
    QString text = formatNumber(q.value("value").toDouble(), vital ? vital->decimals : -1);
    const QString comparator = str(q.value("comparator"));
    if (!comparator.isEmpty())
        text.prepend(comparator + u' ');
    const QString unit = unitText(q, vital);
    if (!unit.isEmpty())
        text += (unit == QLatin1String("%") ? QStringLiteral(" %") : u' ' + unit);
    return text;
}

// -- interpretation ------------------------------------------------------------

// Plain word for an abnormal interpretation code; empty if normal or unknown.
QString flagWord(const QString &code)
{
    if (code == QLatin1String("H"))
        return FhirRenderer::tr("high");
    if (code == QLatin1String("HU"))
        return FhirRenderer::tr("very high");
    if (code == QLatin1String("HH"))
        return FhirRenderer::tr("critically high");
    if (code == QLatin1String("L"))
        return FhirRenderer::tr("low");
    if (code == QLatin1String("LU"))
        return FhirRenderer::tr("very low");
    if (code == QLatin1String("LL"))
        return FhirRenderer::tr("critically low");
    if (code == QLatin1String("A"))
        return FhirRenderer::tr("abnormal");
    if (code == QLatin1String("AA"))
        return FhirRenderer::tr("critically abnormal");
    return {};
}

QString interpretationFlag(const QJsonObject &element)
{
    for (const QJsonValue &i : arr(element.value("interpretation"))) {
        for (const QJsonValue &c : arr(i.toObject().value("coding"))) {
            if (const QString word = flagWord(str(c.toObject().value("code"))); !word.isEmpty())
                return word;
        }
    }
    return {};
}

bool hasInterpretation(const QJsonObject &element)
{
    return !arr(element.value("interpretation")).isEmpty();
}

// "high"/"low" when a quantity lies outside a normal reference range.
QString rangeFlag(const QJsonObject &element)
{
    const QJsonObject q = obj(element.value("valueQuantity"));
    if (!q.value("value").isDouble())
        return {};
    const double value = q.value("value").toDouble();
    for (const QJsonValue &v : arr(element.value("referenceRange"))) {
        const QJsonObject range = v.toObject();
        const QString type = firstCode(obj(range.value("type")));
        if (!type.isEmpty() && type != QLatin1String("normal"))
            continue; // a therapeutic range says nothing about normality
        const QJsonValue low = obj(range.value("low")).value("value");
        const QJsonValue high = obj(range.value("high")).value("value");
        if (low.isDouble() && value < low.toDouble())
            return FhirRenderer::tr("low");
        if (high.isDouble() && value > high.toDouble())
            return FhirRenderer::tr("high");
    }
    return {};
}

QString flagOf(const QJsonObject &element)
{
    return hasInterpretation(element) ? interpretationFlag(element) : rangeFlag(element);
}

QString rangeText(const QJsonObject &range)
{
    const QJsonObject low = obj(range.value("low"));
    const QJsonObject high = obj(range.value("high"));
    QString text;
    if (low.value("value").isDouble() && high.value("value").isDouble())
        text = QStringLiteral("%1–%2").arg(formatNumber(low.value("value").toDouble(), -1), quantityText(high, {}));
    else if (low.value("value").isDouble())
        text = QStringLiteral("≥ %1").arg(quantityText(low, {}));
    else if (high.value("value").isDouble())
        text = QStringLiteral("≤ %1").arg(quantityText(high, {}));
    const QString note = str(range.value("text"));
    if (!note.isEmpty())
        text = text.isEmpty() ? note : text + QStringLiteral(" (") + note + u')';
    return text;
}

// -- attachments -----------------------------------------------------------------

QString attachmentText(const QJsonObject &attachment)
{
    const QString type = str(attachment.value("contentType"));
    const QString data = str(attachment.value("data"));
    if (data.isEmpty() || !(type.isEmpty() || type.startsWith(QLatin1String("text/plain"))))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QString::fromUtf8(*decoded).trimmed();
}

QString firstLine(const QString &text, int maxLength = 80)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1).trimmed() + QStringLiteral("…");
    return line;
}

// -- per resource type ---------------------------------------------------------

struct Builder {
    RenderedResource r;
    QStringList lines;

    void add(const QString &line)
    {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    void add(const char *labelWithArg, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            lines.append(FhirRenderer::tr(labelWithArg).arg(value));
    }
    void addAll(const QStringList &more)
    {
        for (const QString &line : more)
            add(line);
    }
    void notes(const QJsonObject &resource)
    {
        for (const QJsonValue &n : arr(resource.value("note")))
            add(QT_TRANSLATE_NOOP("FhirRenderer", "Note: %1"), str(n.toObject().value("text")));
    }
};

QDateTime firstTime(const QJsonObject &resource, std::initializer_list<const char *> paths)
{
    for (const char *path : paths) {
        const QDateTime t = FhirRenderer::parseDateTime(str(at(resource, QString::fromLatin1(path))));
        if (t.isValid())
            return t;
    }
    return {};
}

QString conceptStatus(const QJsonValue &cc)
{
    const QJsonObject c = obj(cc);
    const QString code = firstCode(c);
    return code.isEmpty() ? str(c.value("text")).toLower() : code;
}

bool hasCategory(const QJsonObject &resource, const QString &code)
{
    for (const QJsonValue &cat : arr(resource.value("category"))) {
        for (const QJsonValue &c : arr(cat.toObject().value("coding"))) {
            if (str(c.toObject().value("code")).compare(code, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool isVitalCode(const QJsonObject &code)
{
    const QString loinc = codeIn(code, ValueSets::loinc);
    return ValueSets::vitalSign(loinc).has_value() || ValueSets::find(QString::fromLatin1(ValueSets::loinc), loinc)
            || loinc == QLatin1String("55284-4");
}

void renderObservation(const QJsonObject &o, Builder &b)
{
    const QJsonObject code = obj(o.value("code"));
    if (hasCategory(o, QStringLiteral("vital-signs")))
        b.r.kind = QStringLiteral("vitals");
    else if (hasCategory(o, QStringLiteral("laboratory")))
        b.r.kind = QStringLiteral("lab");
    else if (arr(o.value("category")).isEmpty())
        b.r.kind = isVitalCode(code) ? QStringLiteral("vitals") : QStringLiteral("lab");
    else
        b.r.kind = QStringLiteral("other"); // survey, social history, exam: not vitals, not labs

    const QString loinc = codeIn(code, ValueSets::loinc);
    const auto vital = ValueSets::vitalSign(loinc);
    QString name = conceptName(code);
    if (name.isEmpty())
        name = FhirRenderer::tr("Observation");

    // Blood pressure reads as one value, systolic over diastolic, whatever order the components come in.
    QJsonObject systolic;
    QJsonObject diastolic;
    QStringList componentTexts;
    QString componentFlag;
    for (const QJsonValue &v : arr(o.value("component"))) {
        const QJsonObject c = v.toObject();
        const QJsonObject cc = obj(c.value("code"));
        if (hasCode(cc, QString::fromLatin1(ValueSets::loinc), QStringLiteral("8480-6")))
            systolic = c;
        else if (hasCode(cc, QString::fromLatin1(ValueSets::loinc), QStringLiteral("8462-4")))
            diastolic = c;
        const QString value = quantityText(obj(c.value("valueQuantity")), vital);
        const QString text = value.isEmpty() ? conceptName(obj(c.value("valueCodeableConcept"))) : value;
        componentTexts.append(QStringLiteral("%1 %2").arg(conceptName(cc), text).trimmed());
        if (componentFlag.isEmpty())
            componentFlag = flagOf(c);
    }

    QString value;
    const QJsonObject quantity = obj(o.value("valueQuantity"));
    if (!quantity.isEmpty()) {
        value = quantityText(quantity, vital);
    } else if (o.contains("valueCodeableConcept")) {
        value = conceptName(obj(o.value("valueCodeableConcept")));
    } else if (o.value("valueString").isString()) {
        value = str(o.value("valueString"));
    } else if (o.value("valueBoolean").isBool()) {
        value = o.value("valueBoolean").toBool() ? FhirRenderer::tr("yes") : FhirRenderer::tr("no");
    } else if (o.value("valueInteger").isDouble()) {
        value = QString::number(o.value("valueInteger").toInteger());
    }

    QString flag = flagOf(o);
    if (flag.isEmpty())
        flag = componentFlag;
    b.r.abnormal = !flag.isEmpty();

    const QJsonObject sq = obj(systolic.value("valueQuantity"));
    const QJsonObject dq = obj(diastolic.value("valueQuantity"));
    const auto bp = ValueSets::vitalSign(QStringLiteral("85354-9"));
    if (value.isEmpty() && sq.value("value").isDouble() && dq.value("value").isDouble()) {
        value = QStringLiteral("%1/%2 %3").arg(formatNumber(sq.value("value").toDouble(), bp->decimals),
                                              formatNumber(dq.value("value").toDouble(), bp->decimals),
                                              unitText(sq, bp));
        if (name.isEmpty() || !vital)
            name = bp->code.display;
        b.r.title = QStringLiteral("%1 %2").arg(name, value.trimmed());
    } else if (!value.isEmpty()) {
        b.r.title = quantity.isEmpty() ? FhirRenderer::tr("%1: %2").arg(name, value) : QStringLiteral("%1 %2").arg(name, value);
    } else if (!componentTexts.isEmpty()) {
        b.r.title = FhirRenderer::tr("%1: %2").arg(name, componentTexts.join(QStringLiteral(", ")));
    } else {
        const QString absent = conceptName(obj(o.value("dataAbsentReason")));
        b.r.title = absent.isEmpty() ? name : FhirRenderer::tr("%1 — %2").arg(name, uncapitalized(absent));
    }
    if (!flag.isEmpty())
        b.r.title += QStringLiteral(" (%1)").arg(flag);

    b.addAll(codeLines(code));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Value: %1"), value);
    for (const QString &c : componentTexts)
        b.add(c);
    for (const QJsonValue &range : arr(o.value("referenceRange")))
        b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Reference range: %1"), rangeText(range.toObject()));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Interpretation: %1"), capitalized(flag));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Category: %1"), names(o.value("category")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), str(o.value("status")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Taken: %1"), displayTime(str(o.value("effectiveDateTime"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Taken: %1"), period(obj(o.value("effectivePeriod"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Issued: %1"), displayTime(str(o.value("issued"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Performer: %1"), referenceNames(o.value("performer")));
    b.notes(o);
    b.r.status = str(o.value("status"));
    b.r.clinicalTime = firstTime(o, {"effectiveDateTime", "effectivePeriod.start", "effectiveInstant", "issued"});
}

void renderReport(const QJsonObject &d, Builder &b)
{
    b.r.kind = hasCategory(d, QStringLiteral("LAB")) || hasCategory(d, QStringLiteral("laboratory"))
            ? QStringLiteral("lab")
            : QStringLiteral("report");
    QString name = conceptName(obj(d.value("code")));
    if (name.isEmpty())
        name = FhirRenderer::tr("Report");
    const QString conclusion = str(d.value("conclusion"));
    b.r.title = conclusion.isEmpty() ? name : FhirRenderer::tr("%1 — %2").arg(name, firstLine(conclusion));
    b.addAll(codeLines(obj(d.value("code"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Category: %1"), names(d.value("category")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), str(d.value("status")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Collected: %1"), displayTime(str(d.value("effectiveDateTime"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Collected: %1"), period(obj(d.value("effectivePeriod"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Issued: %1"), displayTime(str(d.value("issued"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Performer: %1"), referenceNames(d.value("performer")));
    QStringList results;
    for (const QJsonValue &v : arr(d.value("result"))) {
        if (const QString display = str(v.toObject().value("display")); !display.isEmpty())
            results.append(display);
    }
    if (!results.isEmpty())
        b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Results: %1"), results.join(QStringLiteral(", ")));
    else if (const qsizetype n = arr(d.value("result")).size(); n > 0)
        b.add(FhirRenderer::tr("Results: %n result(s)", nullptr, int(n)));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Conclusion: %1"), conclusion);
    for (const QJsonValue &form : arr(d.value("presentedForm")))
        b.add(attachmentText(form.toObject()));
    b.r.status = str(d.value("status"));
    b.r.clinicalTime = firstTime(d, {"effectiveDateTime", "effectivePeriod.start", "issued"});
}

void renderCondition(const QJsonObject &c, Builder &b)
{
    b.r.kind = QStringLiteral("condition");
    QString name = conceptName(obj(c.value("code")));
    if (name.isEmpty())
        name = FhirRenderer::tr("Condition");
    const QString clinical = conceptStatus(c.value("clinicalStatus"));
    const QString verification = conceptStatus(c.value("verificationStatus"));
    b.r.status = clinical.isEmpty() ? verification : clinical;
    b.r.title = b.r.status.isEmpty() ? name : FhirRenderer::tr("%1 — %2").arg(name, b.r.status);
    // Anything short of confirmed changes how the problem is read.
    if (!verification.isEmpty() && verification != QLatin1String("confirmed") && verification != b.r.status)
        b.r.title += QStringLiteral(" (%1)").arg(verification);
    b.addAll(codeLines(obj(c.value("code"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Clinical status: %1"), clinical);
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Verification: %1"), verification);
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Category: %1"), names(c.value("category")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Severity: %1"), conceptName(obj(c.value("severity"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Onset: %1"), displayTime(str(c.value("onsetDateTime"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Onset: %1"), str(c.value("onsetString")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Resolved: %1"), displayTime(str(c.value("abatementDateTime"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Recorded: %1"), displayTime(str(c.value("recordedDate"))));
    b.notes(c);
    b.r.clinicalTime = firstTime(c, {"onsetDateTime", "onsetPeriod.start", "recordedDate"});
}

void renderMedication(const QJsonObject &m, Builder &b)
{
    b.r.kind = QStringLiteral("medication");
    QString name = conceptName(obj(m.value("medicationCodeableConcept")));
    if (name.isEmpty())
        name = str(obj(m.value("medicationReference")).value("display"));
    if (name.isEmpty())
        name = FhirRenderer::tr("Medication");
    const QJsonArray dosages = arr(m.value(m.contains("dosageInstruction") ? "dosageInstruction" : "dosage"));
    QString dosage = str(dosages.at(0).toObject().value("text"));
    while (dosage.endsWith(u'.'))
        dosage.chop(1);
    b.r.title = dosage.isEmpty() ? name : FhirRenderer::tr("%1, %2").arg(name, uncapitalized(dosage));
    b.addAll(codeLines(obj(m.value("medicationCodeableConcept"))));
    for (const QJsonValue &d : dosages) {
        const QJsonObject dose = d.toObject();
        b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Dosage: %1"), str(dose.value("text")));
        b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Route: %1"), conceptName(obj(dose.value("route"))));
        if (dose.value("asNeededBoolean").toBool())
            b.add(FhirRenderer::tr("Taken as needed"));
        b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Course: %1"),
              period(obj(at(dose, QStringLiteral("timing.repeat.boundsPeriod")))));
    }
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), str(m.value("status")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Intent: %1"), str(m.value("intent")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Prescribed: %1"), displayTime(str(m.value("authoredOn"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Prescriber: %1"), referenceNames(m.value("requester")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Reason: %1"), names(m.value("reasonCode")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Reason: %1"), referenceNames(m.value("reasonReference")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Taken: %1"), period(obj(m.value("effectivePeriod"))));
    b.notes(m);
    b.r.status = str(m.value("status"));
    b.r.clinicalTime = firstTime(m, {"authoredOn", "effectiveDateTime", "effectivePeriod.start", "dateAsserted",
                                     "dosageInstruction.timing.repeat.boundsPeriod.start"});
}

QString reactionWord(const QJsonObject &manifestation)
{
    struct Word {
        const char *snomed;
        const char *word;
    };
    static constexpr Word words[] = {
        {"247472004", QT_TRANSLATE_NOOP("FhirRenderer", "hives")},
        {"126485001", QT_TRANSLATE_NOOP("FhirRenderer", "hives")},
        {"271807003", QT_TRANSLATE_NOOP("FhirRenderer", "rash")},
        {"418290006", QT_TRANSLATE_NOOP("FhirRenderer", "itching")},
        {"39579001", QT_TRANSLATE_NOOP("FhirRenderer", "anaphylaxis")},
        {"76067001", QT_TRANSLATE_NOOP("FhirRenderer", "sneezing")},
        {"878820003", QT_TRANSLATE_NOOP("FhirRenderer", "rhinoconjunctivitis")},
        {"49727002", QT_TRANSLATE_NOOP("FhirRenderer", "cough")},
        {"422587007", QT_TRANSLATE_NOOP("FhirRenderer", "nausea")},
        {"422400008", QT_TRANSLATE_NOOP("FhirRenderer", "vomiting")},
        {"267036007", QT_TRANSLATE_NOOP("FhirRenderer", "shortness of breath")},
        {"56018004", QT_TRANSLATE_NOOP("FhirRenderer", "wheezing")},
        {"267038008", QT_TRANSLATE_NOOP("FhirRenderer", "swelling")},
    };
    const QString code = codeIn(manifestation, ValueSets::snomed);
    for (const Word &w : words) {
        if (code == QLatin1String(w.snomed))
            return FhirRenderer::tr(w.word);
    }
    if (const QString text = str(manifestation.value("text")); !text.isEmpty())
        return uncapitalized(text);
    return uncapitalized(withoutSemanticTag(str(firstCoding(manifestation).value("display"))));
}

void renderAllergy(const QJsonObject &a, Builder &b)
{
    b.r.kind = QStringLiteral("allergy");
    QString substance = conceptName(obj(a.value("code")));
    if (substance.isEmpty())
        substance = FhirRenderer::tr("unknown substance");
    QStringList reactions;
    for (const QJsonValue &v : arr(a.value("reaction"))) {
        for (const QJsonValue &m : arr(v.toObject().value("manifestation"))) {
            const QString word = reactionWord(m.toObject());
            if (!word.isEmpty() && !reactions.contains(word))
                reactions.append(word);
        }
    }
    const bool intolerance = str(a.value("type")) == QLatin1String("intolerance");
    b.r.title = intolerance ? FhirRenderer::tr("Intolerance: %1").arg(substance) : FhirRenderer::tr("Allergy: %1").arg(substance);
    const QString criticality = str(a.value("criticality"));
    if (criticality == QLatin1String("high"))
        b.r.title += u' ' + FhirRenderer::tr("(high criticality)");
    if (!reactions.isEmpty())
        b.r.title += QStringLiteral(" — ") + reactions.join(QStringLiteral(", "));

    b.addAll(codeLines(obj(a.value("code"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Type: %1"), str(a.value("type")));
    QStringList categories;
    for (const QJsonValue &c : arr(a.value("category")))
        categories.append(str(c));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Category: %1"), categories.join(QStringLiteral(", ")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Criticality: %1"), criticality);
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Clinical status: %1"), conceptStatus(a.value("clinicalStatus")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Verification: %1"), conceptStatus(a.value("verificationStatus")));
    for (const QJsonValue &v : arr(a.value("reaction"))) {
        const QJsonObject reaction = v.toObject();
        QStringList words;
        for (const QJsonValue &m : arr(reaction.value("manifestation")))
            words.append(reactionWord(m.toObject()));
        QString line = words.join(QStringLiteral(", "));
        if (const QString severity = str(reaction.value("severity")); !severity.isEmpty())
            line += QStringLiteral(" (%1)").arg(severity);
        if (const QString description = str(reaction.value("description")); !description.isEmpty())
            line += QStringLiteral(" — ") + description;
        b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Reaction: %1"), line.trimmed());
    }
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Onset: %1"), displayTime(str(a.value("onsetDateTime"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Recorded: %1"), displayTime(str(a.value("recordedDate"))));
    b.notes(a);
    b.r.status = conceptStatus(a.value("clinicalStatus"));
    b.r.clinicalTime = firstTime(a, {"onsetDateTime", "onsetPeriod.start", "recordedDate"});
}

void renderNote(const QJsonObject &d, Builder &b)
{
    b.r.kind = QStringLiteral("note");
    QString type = conceptName(obj(d.value("type")));
    if (type.isEmpty())
        type = FhirRenderer::tr("Note");
    QString text;
    QString attachmentTitle;
    QStringList others;
    for (const QJsonValue &c : arr(d.value("content"))) {
        const QJsonObject attachment = obj(c.toObject().value("attachment"));
        if (attachmentTitle.isEmpty())
            attachmentTitle = str(attachment.value("title"));
        const QString decoded = attachmentText(attachment);
        if (!decoded.isEmpty()) {
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + decoded;
        } else {
            const QString kind = str(attachment.value("contentType"));
            const QString where = str(attachment.value("url"));
            if (!kind.isEmpty() || !where.isEmpty())
                others.append(QStringList{kind, where}.join(u' ').trimmed());
        }
    }
    QString subject = str(d.value("description"));
    if (subject.isEmpty())
        subject = attachmentTitle;
    if (subject.isEmpty())
        subject = firstLine(text);
    const bool sameAsType = subject.compare(type, Qt::CaseInsensitive) == 0;
    b.r.title = subject.isEmpty() || sameAsType ? type : FhirRenderer::tr("%1: %2").arg(type, subject);
    b.addAll(codeLines(obj(d.value("type"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Author: %1"), referenceNames(d.value("author")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Written: %1"), displayTime(str(d.value("date"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), str(d.value("docStatus")));
    for (const QString &other : others)
        b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Attachment (not shown): %1"), other);
    if (!text.isEmpty()) {
        b.lines.append(QString());
        b.lines.append(text);
    }
    b.r.status = str(d.value("docStatus"));
    if (b.r.status.isEmpty())
        b.r.status = str(d.value("status"));
    b.r.clinicalTime = firstTime(d, {"date", "context.period.start", "content.attachment.creation"});
}

QString encounterClass(const QJsonValue &value)
{
    // R4 has one Coding; later versions a list of concepts.
    QJsonObject coding = value.isArray() ? firstCoding(obj(value.toArray().at(0))) : obj(value);
    const QString code = str(coding.value("code"));
    struct Name {
        const char *code;
        const char *name;
    };
    static constexpr Name names[] = {
        {"AMB", QT_TRANSLATE_NOOP("FhirRenderer", "ambulatory")},
        {"EMER", QT_TRANSLATE_NOOP("FhirRenderer", "emergency")},
        {"IMP", QT_TRANSLATE_NOOP("FhirRenderer", "inpatient")},
        {"ACUTE", QT_TRANSLATE_NOOP("FhirRenderer", "inpatient acute")},
        {"NONAC", QT_TRANSLATE_NOOP("FhirRenderer", "inpatient non-acute")},
        {"OBSENC", QT_TRANSLATE_NOOP("FhirRenderer", "observation")},
        {"PRENC", QT_TRANSLATE_NOOP("FhirRenderer", "pre-admission")},
        {"SS", QT_TRANSLATE_NOOP("FhirRenderer", "short stay")},
        {"VR", QT_TRANSLATE_NOOP("FhirRenderer", "virtual")},
        {"HH", QT_TRANSLATE_NOOP("FhirRenderer", "home health")},
        {"FLD", QT_TRANSLATE_NOOP("FhirRenderer", "field")},
    };
    for (const Name &n : names) {
        if (code == QLatin1String(n.code))
            return FhirRenderer::tr(n.name);
    }
    const QString display = str(coding.value("display"));
    return display.isEmpty() ? code : display;
}

QString encounterType(const QJsonValue &types)
{
    struct Name {
        const char *snomed;
        const char *name;
    };
    static constexpr Name names[] = {
        {"162673000", QT_TRANSLATE_NOOP("FhirRenderer", "General check-up")},
        {"185349003", QT_TRANSLATE_NOOP("FhirRenderer", "General check-up")},
        {"410620009", QT_TRANSLATE_NOOP("FhirRenderer", "Well child visit")},
        {"390906007", QT_TRANSLATE_NOOP("FhirRenderer", "Follow-up visit")},
        {"185345009", QT_TRANSLATE_NOOP("FhirRenderer", "Visit for a symptom")},
        {"50849002", QT_TRANSLATE_NOOP("FhirRenderer", "Emergency department visit")},
        {"32485007", QT_TRANSLATE_NOOP("FhirRenderer", "Hospital admission")},
    };
    const QJsonObject type = obj(arr(types).at(0));
    const QString code = codeIn(type, ValueSets::snomed);
    for (const Name &n : names) {
        if (code == QLatin1String(n.snomed))
            return FhirRenderer::tr(n.name);
    }
    return conceptName(type);
}

void renderEncounter(const QJsonObject &e, Builder &b)
{
    b.r.kind = QStringLiteral("encounter");
    QString type = encounterType(e.value("type"));
    if (type.isEmpty())
        type = names(e.value("reasonCode"));
    const QString cls = encounterClass(e.value("class"));
    if (type.isEmpty())
        b.r.title = cls.isEmpty() ? FhirRenderer::tr("Encounter") : FhirRenderer::tr("Encounter (%1)").arg(cls);
    else
        b.r.title = cls.isEmpty() ? FhirRenderer::tr("Encounter: %1").arg(type) : FhirRenderer::tr("Encounter: %1 (%2)").arg(type, cls);
    for (const QJsonValue &t : arr(e.value("type")))
        b.addAll(codeLines(t.toObject()));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Class: %1"), cls);
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), str(e.value("status")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "When: %1"), period(obj(e.value("period"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Reason: %1"), names(e.value("reasonCode")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Seen by: %1"), referenceNames(e.value("participant")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Where: %1"), referenceNames(e.value("serviceProvider")));
    QStringList locations;
    for (const QJsonValue &l : arr(e.value("location"))) {
        if (const QString name = str(obj(l.toObject().value("location")).value("display")); !name.isEmpty())
            locations.append(name);
    }
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Location: %1"), locations.join(QStringLiteral(", ")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Discharged to: %1"),
          conceptName(obj(at(e, QStringLiteral("hospitalization.dischargeDisposition")))));
    b.r.status = str(e.value("status"));
    b.r.clinicalTime = firstTime(e, {"period.start", "period.end"});
}

void renderProcedure(const QJsonObject &p, Builder &b)
{
    b.r.kind = QStringLiteral("procedure");
    QString name = conceptName(obj(p.value("code")));
    b.r.title = name.isEmpty() ? FhirRenderer::tr("Procedure") : FhirRenderer::tr("Procedure: %1").arg(name);
    b.addAll(codeLines(obj(p.value("code"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), str(p.value("status")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Performed: %1"), displayTime(str(p.value("performedDateTime"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Performed: %1"), period(obj(p.value("performedPeriod"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Reason: %1"), names(p.value("reasonCode")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Performer: %1"), referenceNames(p.value("performer")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Outcome: %1"), conceptName(obj(p.value("outcome"))));
    b.notes(p);
    b.r.status = str(p.value("status"));
    b.r.clinicalTime = firstTime(p, {"performedDateTime", "performedPeriod.start", "performedPeriod.end"});
}

void renderImmunization(const QJsonObject &i, Builder &b)
{
    b.r.kind = QStringLiteral("immunization");
    QString name = conceptName(obj(i.value("vaccineCode")));
    b.r.title = name.isEmpty() ? FhirRenderer::tr("Immunization") : FhirRenderer::tr("Immunization: %1").arg(name);
    b.r.status = str(i.value("status"));
    if (b.r.status == QLatin1String("not-done"))
        b.r.title += u' ' + FhirRenderer::tr("— not given");
    b.addAll(codeLines(obj(i.value("vaccineCode"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), b.r.status);
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Given: %1"), displayTime(str(i.value("occurrenceDateTime"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Given: %1"), str(i.value("occurrenceString")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Lot: %1"), str(i.value("lotNumber")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Site: %1"), conceptName(obj(i.value("site"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Performer: %1"), referenceNames(i.value("performer")));
    b.notes(i);
    b.r.clinicalTime = firstTime(i, {"occurrenceDateTime", "recorded"});
}

void renderCarePlan(const QJsonObject &c, Builder &b)
{
    b.r.kind = QStringLiteral("careplan");
    QString name = str(c.value("title"));
    if (name.isEmpty())
        name = names(c.value("category"));
    b.r.title = name.isEmpty() ? FhirRenderer::tr("Care plan") : FhirRenderer::tr("Care plan: %1").arg(name);
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), str(c.value("status")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Period: %1"), period(obj(c.value("period"))));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Description: %1"), str(c.value("description")));
    QStringList activities;
    for (const QJsonValue &a : arr(c.value("activity"))) {
        const QString activity = conceptName(obj(at(a.toObject(), QStringLiteral("detail.code"))));
        if (!activity.isEmpty() && !activities.contains(activity))
            activities.append(activity);
    }
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Activities: %1"), activities.join(QStringLiteral(", ")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Addresses: %1"), referenceNames(c.value("addresses")));
    b.notes(c);
    b.r.status = str(c.value("status"));
    b.r.clinicalTime = firstTime(c, {"period.start", "created"});
}

void renderPatient(const QJsonObject &p, Builder &b)
{
    b.r.kind = QStringLiteral("patient");
    QJsonObject name;
    for (const QJsonValue &n : arr(p.value("name"))) {
        if (name.isEmpty() || str(n.toObject().value("use")) == QLatin1String("official"))
            name = n.toObject();
    }
    QStringList given;
    for (const QJsonValue &g : arr(name.value("given")))
        given.append(str(g));
    QString full = QStringList{given.join(u' '), str(name.value("family"))}.join(u' ').trimmed();
    if (full.isEmpty())
        full = str(name.value("text"));
    b.r.title = full.isEmpty() ? FhirRenderer::tr("Patient") : FhirRenderer::tr("Patient: %1").arg(full);
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Gender: %1"), str(p.value("gender")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Born: %1"), str(p.value("birthDate")));
    b.r.status = p.value("active").isBool() ? (p.value("active").toBool() ? FhirRenderer::tr("active") : FhirRenderer::tr("inactive")) : QString();
    b.r.clinicalTime = firstTime(p, {"birthDate"});
}

void renderServiceRequest(const QJsonObject &r, Builder &b)
{
    b.r.kind = QStringLiteral("referral");
    QStringList reasons;
    for (const QJsonValue &c : arr(r.value("reasonCode")))
        reasons.append(conceptName(c.toObject()));
    reasons.removeAll(QString());
    const QString what = conceptName(obj(r.value("code")));
    const QString heading = what.isEmpty() ? FhirRenderer::tr("Referral") : what;
    b.r.title = reasons.isEmpty() ? heading : FhirRenderer::tr("%1: %2").arg(heading, reasons.join(QStringLiteral("; ")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Urgency: %1"), str(r.value("priority")));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Requested by: %1"), referenceNames(QJsonArray{r.value("requester")}));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Referred to: %1"), referenceNames(r.value("performer")));
    for (const QJsonValue &n : arr(r.value("note")))
        b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Question: %1"), str(n.toObject().value("text")));
    b.r.status = str(r.value("status"));
    b.r.clinicalTime = firstTime(r, {"authoredOn", "occurrenceDateTime"});
}

void renderOther(const QJsonObject &o, const QString &type, Builder &b)
{
    b.r.kind = QStringLiteral("other");
    // Organisations and people are known by name, not by their type code.
    QString name = str(o.value("name"));
    if (name.isEmpty() && o.value("name").isArray()) {
        const QJsonObject human = obj(o.value("name").toArray().at(0));
        QStringList parts;
        for (const char *key : {"prefix", "given"}) {
            for (const QJsonValue &p : arr(human.value(QLatin1String(key))))
                parts.append(str(p));
        }
        parts.append(str(human.value("family")));
        parts.removeAll(QString());
        name = parts.isEmpty() ? str(human.value("text")) : parts.join(u' ');
    }
    for (const char *key : {"code", "vaccineCode", "type", "medicationCodeableConcept"}) {
        if (!name.isEmpty())
            break;
        const QJsonValue v = o.value(QLatin1String(key));
        name = conceptName(v.isArray() ? obj(v.toArray().at(0)) : obj(v));
        if (!name.isEmpty())
            break;
    }
    if (type.isEmpty())
        b.r.title = name.isEmpty() ? FhirRenderer::tr("Unrecognised record") : FhirRenderer::tr("Unrecognised record: %1").arg(name);
    else
        b.r.title = name.isEmpty() ? type : FhirRenderer::tr("%1: %2").arg(type, name);
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Record type: %1"), type);
    b.addAll(codeLines(obj(o.value("code"))));
    b.r.status = str(o.value("status"));
    b.add(QT_TRANSLATE_NOOP("FhirRenderer", "Status: %1"), b.r.status);
    b.r.clinicalTime = firstTime(o, {"effectiveDateTime", "effectivePeriod.start", "onsetDateTime", "recordedDate",
                                     "authoredOn", "period.start", "date", "issued", "occurrenceDateTime",
                                     "performedDateTime", "performedPeriod.start", "created"});
}

} // namespace

RenderedResource FhirRenderer::render(const QJsonObject &resource)
{
    Builder b;
    const QString type = str(resource.value("resourceType"));
    if (type == QLatin1String("Observation"))
        renderObservation(resource, b);
    else if (type == QLatin1String("DiagnosticReport"))
        renderReport(resource, b);
    else if (type == QLatin1String("Condition"))
        renderCondition(resource, b);
    else if (type == QLatin1String("MedicationRequest") || type == QLatin1String("MedicationStatement"))
        renderMedication(resource, b);
    else if (type == QLatin1String("AllergyIntolerance"))
        renderAllergy(resource, b);
    else if (type == QLatin1String("DocumentReference"))
        renderNote(resource, b);
    else if (type == QLatin1String("Encounter"))
        renderEncounter(resource, b);
    else if (type == QLatin1String("Procedure"))
        renderProcedure(resource, b);
    else if (type == QLatin1String("Immunization"))
        renderImmunization(resource, b);
    else if (type == QLatin1String("CarePlan"))
        renderCarePlan(resource, b);
    else if (type == QLatin1String("Patient"))
        renderPatient(resource, b);
    else if (type == QLatin1String("ServiceRequest"))
        renderServiceRequest(resource, b);
    else
        renderOther(resource, type, b);
    if (b.r.title.trimmed().isEmpty())
        b.r.title = type.isEmpty() ? FhirRenderer::tr("Unrecognised record") : type;
    b.r.detail = b.lines.join(u'\n');
    return b.r;
}

QString FhirRenderer::kindLabel(const QString &kind)
{
    struct Label {
        const char *kind;
        const char *label;
    };
    static constexpr Label labels[] = {
        {"vitals", QT_TRANSLATE_NOOP("FhirRenderer", "Vital signs")},
        {"lab", QT_TRANSLATE_NOOP("FhirRenderer", "Lab results")},
        {"condition", QT_TRANSLATE_NOOP("FhirRenderer", "Conditions")},
        {"medication", QT_TRANSLATE_NOOP("FhirRenderer", "Medications")},
        {"allergy", QT_TRANSLATE_NOOP("FhirRenderer", "Allergies")},
        {"note", QT_TRANSLATE_NOOP("FhirRenderer", "Notes")},
        {"encounter", QT_TRANSLATE_NOOP("FhirRenderer", "Encounters")},
        {"report", QT_TRANSLATE_NOOP("FhirRenderer", "Reports")},
        {"procedure", QT_TRANSLATE_NOOP("FhirRenderer", "Procedures")},
        {"immunization", QT_TRANSLATE_NOOP("FhirRenderer", "Immunizations")},
        {"careplan", QT_TRANSLATE_NOOP("FhirRenderer", "Care plans")},
        {"referral", QT_TRANSLATE_NOOP("FhirRenderer", "Referrals")},
        {"patient", QT_TRANSLATE_NOOP("FhirRenderer", "Patient details")},
        {"other", QT_TRANSLATE_NOOP("FhirRenderer", "Other records")},
    };
    for (const Label &l : labels) {
        if (kind == QLatin1String(l.kind))
            return FhirRenderer::tr(l.label);
    }
    return kind;
}

QStringList FhirRenderer::kinds()
{
    return {QStringLiteral("vitals"), QStringLiteral("lab"), QStringLiteral("condition"),
            QStringLiteral("medication"), QStringLiteral("allergy"), QStringLiteral("note"),
            QStringLiteral("encounter"), QStringLiteral("report"), QStringLiteral("procedure"),
            QStringLiteral("immunization"), QStringLiteral("careplan"), QStringLiteral("referral"), QStringLiteral("other")};
}

QStringList FhirRenderer::resourceTypesFor(const QString &kind)
{
    if (kind == QLatin1String("vitals"))
        return {QStringLiteral("Observation")};
    if (kind == QLatin1String("lab"))
        return {QStringLiteral("Observation"), QStringLiteral("DiagnosticReport")};
    if (kind == QLatin1String("condition"))
        return {QStringLiteral("Condition")};
    if (kind == QLatin1String("medication"))
        return {QStringLiteral("MedicationRequest"), QStringLiteral("MedicationStatement")};
    if (kind == QLatin1String("allergy"))
        return {QStringLiteral("AllergyIntolerance")};
    if (kind == QLatin1String("note"))
        return {QStringLiteral("DocumentReference")};
    if (kind == QLatin1String("encounter"))
        return {QStringLiteral("Encounter")};
    if (kind == QLatin1String("report"))
        return {QStringLiteral("DiagnosticReport")};
    if (kind == QLatin1String("procedure"))
        return {QStringLiteral("Procedure")};
    if (kind == QLatin1String("immunization"))
        return {QStringLiteral("Immunization")};
    if (kind == QLatin1String("careplan"))
        return {QStringLiteral("CarePlan")};
    if (kind == QLatin1String("referral"))
        return {QStringLiteral("ServiceRequest")};
    if (kind == QLatin1String("patient"))
        return {QStringLiteral("Patient")};
    return {};
}

QDateTime FhirRenderer::parseDateTime(const QString &text)
{
    // The FHIR dateTime/instant grammar; the offset is required with a time.
    static const QRegularExpression grammar(QStringLiteral(
            R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$)"));
    const QRegularExpressionMatch m = grammar.match(text);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1)
        return {};
    if (m.captured(4).isEmpty())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    const int ms = m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!time.isValid())
        return {};
    const QString zone = m.captured(8);
    int offsetSeconds = 0;
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    // No offset is not valid FHIR, but common; UTC is the least surprising reading.
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

QList<QJsonObject> FhirRenderer::inClinicalOrder(const QList<QJsonObject> &resources)
{
    QList<QPair<QDateTime, QJsonObject>> keyed;
    for (const QJsonObject &r : resources)
        keyed.append({render(r).clinicalTime, r});
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        if (!a.first.isValid() || !b.first.isValid())
            return !a.first.isValid() && b.first.isValid();
        return a.first < b.first;
    });
    QList<QJsonObject> out;
    for (const auto &k : keyed)
        out.append(k.second);
    return out;
}

} // namespace careledger
