/**
 * Uploaded files: one narrow storage interface (local disk by default, an S3-compatible
 * object store with {@code opora.files.storage=s3}), content type from the bytes, SHA-256
 * checked on download, nothing left behind by a failed upload, the store in the readiness
 * probe.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = "common")
package ru.opora.files;
