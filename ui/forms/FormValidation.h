#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace careledger {

struct VitalSignDefinition;

// The field checks of the record forms, free of widgets so they can be tested
// row by row. Messages are one translated sentence naming the problem, shown
// next to the field.
class FormValidation {
    Q_DECLARE_TR_FUNCTIONS(FormValidation)
public:
    enum class Verdict {
        Empty,      // nothing typed (required field: Save stays disabled, no message until touched)
        Invalid,    // not a number / not possible: refused
        Abnormal,   // allowed, but outside the normal range: warn
        Normal,
    };

    struct NumberCheck {
        Verdict verdict = Verdict::Empty;
        std::optional<double> value;
        QString message; // empty for Normal and Empty
        bool acceptable() const { return verdict == Verdict::Normal || verdict == Verdict::Abnormal; }
    };

    // A measured value typed as text (locale decimal separator, or '.'),
    // checked against the possible range [min, max] (outside: refused) and the
    // normal range [normalLow, normalHigh] (outside: warning). `unit` is what
    // the message shows ("mmHg"); `decimals` the most decimals allowed.
    static NumberCheck checkMeasurement(const QString &text, double min, double max, double normalLow,
                                        double normalHigh, int decimals, const QString &unit,
                                        const QLocale &locale = QLocale());
    // The same with a definition's ranges. `normalRange` false: only the possible
    // range is checked (the diastolic value of blood pressure, whose definition
    // carries the systolic norm).
    static NumberCheck checkVital(const QString &text, const VitalSignDefinition &def, bool normalRange = true,
                                  const QLocale &locale = QLocale());
    // Blood pressure: the diastolic value must be below the systolic one.
    static QString checkBloodPressure(double systolic, double diastolic);

    // When something was measured or happened: not later than `now` plus a
    // small tolerance for clocks that differ (5 minutes); empty if fine.
    static QString checkNotInFuture(const QDateTime &when, const QDateTime &now);
    static QString checkDateNotInFuture(const QDate &date, const QDate &today);

    // A required free-text field: empty (after trimming) or longer than
    // `maxLength` characters gives the message, else empty.
    static QString checkRequiredText(const QString &text, int maxLength);
    static QString checkOptionalText(const QString &text, int maxLength);

    // "120", "37.5" as the user's locale writes it with the given decimals.
    static QString formatNumber(double value, int decimals, const QLocale &locale = QLocale());
};

} // namespace careledger
