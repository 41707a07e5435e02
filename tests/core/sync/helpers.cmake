# Helpers of the sync tests; included from tests/CMakeLists.txt.

# The loopback proxy that injects faults between the sync engine and the reference server.
add_library(rotadesk_fault_proxy STATIC ${CMAKE_CURRENT_LIST_DIR}/faultproxy.cpp)
target_link_libraries(rotadesk_fault_proxy PUBLIC Qt6::Network)

# Syncs a workspace once in a process of its own; tst_synckill kills it.
add_executable(rotadesk_sync_client ${CMAKE_CURRENT_LIST_DIR}/syncclient.cpp)
target_link_libraries(rotadesk_sync_client PRIVATE rotadesk_core)

foreach(_test tst_syncfaults tst_synckill)
    if(TARGET ${_test})
        target_link_libraries(${_test} PRIVATE rotadesk_fault_proxy)
    endif()
endforeach()
if(TARGET tst_synckill)
    add_dependencies(tst_synckill rotadesk_sync_client)
    target_compile_definitions(tst_synckill PRIVATE ROTADESK_SYNC_CLIENT_PATH="$<TARGET_FILE:rotadesk_sync_client>")
endif()
