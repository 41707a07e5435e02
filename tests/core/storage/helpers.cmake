# Helper executables of the storage tests; included from tests/CMakeLists.txt.

# Makes journaled edits until it is killed; tst_crashsafety kills it and checks the file.
add_executable(rotadesk_crash_writer ${CMAKE_CURRENT_LIST_DIR}/crashwriter.cpp)
target_link_libraries(rotadesk_crash_writer PRIVATE rotadesk_core Qt6::Test)

if(TARGET tst_crashsafety)
    add_dependencies(tst_crashsafety rotadesk_crash_writer)
    target_compile_definitions(tst_crashsafety PRIVATE
        ROTADESK_CRASH_WRITER_PATH="$<TARGET_FILE:rotadesk_crash_writer>")
endif()
