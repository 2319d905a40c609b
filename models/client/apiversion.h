#pragma once

// A Placement microversion ("1.39") and the capabilities the app derives from it.

#include <QString>

#include <optional>

struct ApiVersion
{
    int major = 0;
    int minor = 0;

    constexpr ApiVersion() = default;
    constexpr ApiVersion(int maj, int min)
        : major(maj)
        , minor(min)
    { }

    static std::optional<ApiVersion> parse(const QString &text);
    QString toString() const;
    bool isValid() const { return major > 0; }

    friend constexpr bool operator==(ApiVersion a, ApiVersion b) { return a.major == b.major && a.minor == b.minor; }
    friend constexpr bool operator!=(ApiVersion a, ApiVersion b) { return !(a == b); }
    friend constexpr bool operator<(ApiVersion a, ApiVersion b)
    {
        return a.major < b.major || (a.major == b.major && a.minor < b.minor);
    }
    friend constexpr bool operator>(ApiVersion a, ApiVersion b) { return b < a; }
    friend constexpr bool operator<=(ApiVersion a, ApiVersion b) { return !(b < a); }
    friend constexpr bool operator>=(ApiVersion a, ApiVersion b) { return !(a < b); }
};

// The range a server announces in its root document or in a 406 body.
struct VersionRange
{
    ApiVersion min;
    ApiVersion max;

    bool contains(ApiVersion v) const { return min <= v && v <= max; }
};

namespace PlacementVersions {
// The newest microversion this app understands (Placement Zed).
inline constexpr ApiVersion newestKnown { 1, 39 };
inline constexpr ApiVersion providerTrees { 1, 14 }; // parent/root uuids, in_tree
inline constexpr ApiVersion generationCheckedAggregates { 1, 19 };
inline constexpr ApiVersion forbiddenTraits { 1, 22 };
inline constexpr ApiVersion errorCodes { 1, 23 };
inline constexpr ApiVersion multipleMemberOf { 1, 24 };
inline constexpr ApiVersion forbiddenAggregates { 1, 32 };
inline constexpr ApiVersion anyOfTraits { 1, 39 };
} // namespace PlacementVersions

// What the negotiated microversion allows; the UI asks this instead of comparing numbers.
class Capabilities
{
public:
    Capabilities() = default;
    explicit Capabilities(ApiVersion negotiated)
        : m_version(negotiated)
    { }

    ApiVersion version() const { return m_version; }
    bool isValid() const { return m_version.isValid(); }

    bool providerTrees() const { return has(PlacementVersions::providerTrees); }
    bool generationCheckedAggregates() const { return has(PlacementVersions::generationCheckedAggregates); }
    bool forbiddenTraits() const { return has(PlacementVersions::forbiddenTraits); }
    bool errorCodes() const { return has(PlacementVersions::errorCodes); }
    bool multipleMemberOf() const { return has(PlacementVersions::multipleMemberOf); }
    bool forbiddenAggregates() const { return has(PlacementVersions::forbiddenAggregates); }
    bool anyOfTraits() const { return has(PlacementVersions::anyOfTraits); }

private:
    bool has(ApiVersion needed) const { return m_version.isValid() && m_version >= needed; }
    ApiVersion m_version;
};

// Picks the highest version both sides know, optionally capped by the profile.
// Returns nothing when the server's range and ours do not overlap.
std::optional<ApiVersion> negotiateVersion(const VersionRange &server, std::optional<ApiVersion> cap = std::nullopt);
