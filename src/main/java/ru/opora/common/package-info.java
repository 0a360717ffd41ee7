/**
 * Shared kernel: not-found exception, paging result, clock and the embedded database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.opora.common;
