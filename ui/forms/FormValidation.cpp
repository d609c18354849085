#include "FormValidation.h"

#include "fhir/ValueSets.h"

#include <cmath>

namespace careledger {

namespace {

// Digits after the decimal separator ('.' or the locale's) of a typed number.
int decimalsTyped(const QString &text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    qsizetype at = text.lastIndexOf(point);
    if (at < 0)
        at = text.lastIndexOf(QLatin1Char('.'));
    if (at < 0)
        return 0;
    int n = 0;
    for (qsizetype i = at + 1; i < text.size() && text.at(i).isDigit(); ++i)
        ++n;
    return n;
}

std::optional<double> parseNumber(const QString &text, const QLocale &locale)
{
    bool ok = false;
    double v = locale.toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

QString FormValidation::formatNumber(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', qMax(0, decimals));
}

FormValidation::NumberCheck FormValidation::checkMeasurement(const QString &text, double min, double max,
                                                             double normalLow, double normalHigh, int decimals,
                                                             const QString &unit, const QLocale &locale)
{
    NumberCheck c;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return c;

    const auto withUnit = [&unit](const QString &number) {
        return unit.isEmpty() ? number : tr("%1 %2").arg(number, unit);
    };
    // Range bounds as written with the field's precision, but never rounded
    // into something that reads wrong ("0.3 kg" stays "0.3").
    const auto bound = [&](double v) {
        const int shown = (std::floor(v) == v) ? 0 : qMax(decimals, 1);
        return formatNumber(v, shown, locale);
    };

    const std::optional<double> v = parseNumber(t, locale);
    if (!v) {
        c.verdict = Verdict::Invalid;
        c.message = tr("Enter a number.");
        return c;
    }
    if (decimalsTyped(t, locale) > decimals) {
        c.verdict = Verdict::Invalid;
        c.message = decimals == 0 ? tr("Enter a whole number.")
                                  : tr("Use at most %n decimal place(s).", nullptr, decimals);
        return c;
    }
    c.value = *v;
    if (*v < min || *v > max) {
        c.verdict = Verdict::Invalid;
        c.message = tr("Not possible: enter a value from %1 to %2.").arg(bound(min), withUnit(bound(max)));
        return c;
    }
    if (*v < normalLow || *v > normalHigh) {
        c.verdict = Verdict::Abnormal;
        c.message = (*v < normalLow ? tr("Below the normal range (%1 to %2). Check it before saving.")
                                    : tr("Above the normal range (%1 to %2). Check it before saving."))
                        .arg(bound(normalLow), withUnit(bound(normalHigh)));
        return c;
    }
    c.verdict = Verdict::Normal;
    return c;
}

FormValidation::NumberCheck FormValidation::checkVital(const QString &text, const VitalSignDefinition &def,
                                                       bool normalRange, const QLocale &locale)
{
    return checkMeasurement(text, def.min, def.max, normalRange ? def.normalLow : def.min,
                            normalRange ? def.normalHigh : def.max, def.decimals, def.unitDisplay, locale);
}

QString FormValidation::checkBloodPressure(double systolic, double diastolic)
{
    if (diastolic >= systolic)
        return tr("The diastolic value must be lower than the systolic value.");
    return {};
}

QString FormValidation::checkNotInFuture(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("Enter a date and time.");
    if (when > now.addSecs(5 * 60))
        return tr("The time cannot be in the future.");
    return {};
}

QString FormValidation::checkDateNotInFuture(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return tr("Enter a date.");
    if (date > today)
        return tr("The date cannot be in the future.");
    return {};
}

QString FormValidation::checkRequiredText(const QString &text, int maxLength)
{
    if (text.trimmed().isEmpty())
        return tr("Required.");
    return checkOptionalText(text, maxLength);
}

QString FormValidation::checkOptionalText(const QString &text, int maxLength)
{
    if (text.trimmed().size() > maxLength)
        return tr("Too long: at most %n characters.", nullptr, maxLength);
    return {};
}

} // namespace careledger
