# The Debian package: `cpack -G DEB` in a configured and built build directory writes
# placement-inspector_<version>-<release>_<arch>.deb there (scripts/package-check builds,
# inspects, installs and removes it). Installs to /usr, whatever CMAKE_INSTALL_PREFIX says.

set(PI_PACKAGE_MAINTAINER "Placement Inspector developers <placement-inspector@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME placement-inspector)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Placement Inspector developers")
set(CPACK_PACKAGE_CONTACT "${PI_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PI_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debian ships stripped binaries; RelWithDebInfo's debug info would triple the package.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PI_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PI_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the libraries the binary links (libqt6*, qtkeychain, yaml-cpp, ...) and
# appends them to the Depends below. Qt loads its platform plugins (xcb, wayland, offscreen)
# at run time, so nothing links them: libqt6gui6 only recommends qt6-qpa-plugins, and
# without it the window cannot open.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# A keyring keeps profile secrets (without one the app asks once per session); Qt's own
# catalogues translate its standard dialogs and buttons; a CJK font, or host and provider names
# in Chinese or Japanese show as boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")
# The synopsis line, then the extended description (CPack puts the synopsis first, indents
# the rest and turns empty lines into " .").
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "browse and safely edit OpenStack Placement aggregates")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Placement Inspector is a desktop tool (Qt 6) for OpenStack operators who look
after Placement. It lists a cloud's resource providers with their trees,
aggregates, generations and usage, fast even with ten thousand providers, and
edits aggregate sets safely: every save is a generation-checked write, and a
concurrent change by someone else (409 concurrent_update) never loses work.

It connects like the openstack client (clouds.yaml, OS_* variables), with
saved profiles whose secrets live in the system keyring, or straight to a
Placement endpoint. With Nova's compute API it shows host aggregate names,
availability zones and the drift between Nova and Placement. Headless modes
export every provider to JSON or CSV, write a drift report and sync
aggregates the way nova-manage placement sync_aggregates does.")

include(CPack)
