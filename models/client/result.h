#pragma once

// Either a value or a PlacementError: every client call answers with one.

#include "placementerror.h"

#include <utility>
#include <variant>

struct Done
{ };

template<typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::optional
        : m_data(std::move(value))
    { }
    Result(PlacementError error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const PlacementError &error() const { return std::get<PlacementError>(m_data); }

    // The server's id of the answer (x-openstack-request-id), on success as on failure; empty
    // when no answer carried one (refused before sending, a transport failure).
    QString requestId() const { return ok() ? m_requestId : error().requestId; }
    // Names the answer this result was read from: the value's request id, or the error's when
    // the error (a body that could not be used) has none of its own.
    void setRequestId(const QString &requestId)
    {
        if (auto *error = std::get_if<PlacementError>(&m_data)) {
            if (error->requestId.isEmpty())
                error->requestId = requestId;
        } else {
            m_requestId = requestId;
        }
    }

private:
    std::variant<T, PlacementError> m_data;
    QString m_requestId; // of a successful answer; a failure's is in its PlacementError
};
