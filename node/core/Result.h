#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace careledger {

// An error as a value: a machine-readable code for callers that branch on it,
// and one human sentence for logs and dialogs.
struct Error {
    QString code;
    QString message;
};

inline Error makeError(QString code, QString message)
{
    return Error{std::move(code), std::move(message)};
}

// std::expected-like result (C++23's is not in GCC 12): holds a T or an Error.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    // By value: a reference into a temporary Result would dangle (e.g. in a range-for).
    T value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace careledger
