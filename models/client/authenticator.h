#pragma once

// The hook through which HttpClient asks an authentication layer (Keystone) for a
// token before sending, and for a new one once after a 401, without knowing Keystone.

#include <QByteArray>

#include <functional>
#include <optional>

#include "placementerror.h"

class HttpAuthenticator
{
public:
    using Done = std::function<void(const std::optional<PlacementError> &error)>;

    virtual ~HttpAuthenticator() = default;

    // The token to send now; empty when there is none yet.
    virtual QByteArray currentToken() const = 0;
    // False when the token is missing or close enough to its expiry to renew it first.
    virtual bool tokenIsFresh() const = 0;
    // Gets a token newer than `staleToken`. `done` runs exactly once, possibly before
    // renewToken() returns (when another request already renewed it). Concurrent
    // calls share one Keystone round trip.
    virtual void renewToken(const QByteArray &staleToken, const Done &done) = 0;
};
