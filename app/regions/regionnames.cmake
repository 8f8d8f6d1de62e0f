# Hands the region display names of resources/regions.json to lupdate, which cannot read JSON:
# writes a C++ file with one QT_TRANSLATE_NOOP("Region", NAME) per region, the context and text
# Region::displayName() translates at run time. The file is only ever scanned, never compiled, so
# the names live in regions.json alone.
#
#   cmake -DREGIONS_JSON=resources/regions.json -DOUTPUT=regionnames.cpp -P app/regions/regionnames.cmake
#
# Run by the update_translations target (app/i18n/CMakeLists.txt) and by scripts/check-translations.
if(NOT REGIONS_JSON OR NOT OUTPUT)
    message(FATAL_ERROR "usage: cmake -DREGIONS_JSON=FILE -DOUTPUT=FILE -P regionnames.cmake")
endif()
file(READ "${REGIONS_JSON}" json)
string(JSON count LENGTH "${json}" regions)
set(entries "")
if(count GREATER 0)
    math(EXPR last "${count} - 1")
    foreach(index RANGE ${last})
        string(JSON id GET "${json}" regions ${index} id)
        string(JSON name GET "${json}" regions ${index} name)
        string(REPLACE "\\" "\\\\" name "${name}")
        string(REPLACE "\"" "\\\"" name "${name}")
        string(APPEND entries "    QT_TRANSLATE_NOOP(\"Region\", \"${name}\"), // ${id}\n")
    endforeach()
endif()
set(content "// Generated from regions.json by app/regions/regionnames.cmake for lupdate; do not edit.
#include <QtGlobal>

const char *const regionNames[] = {
${entries}};
")
# Rewritten only when the names change, so lupdate's inputs keep their time stamps otherwise.
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" previous)
endif()
if(NOT previous STREQUAL content)
    file(WRITE "${OUTPUT}" "${content}")
endif()
