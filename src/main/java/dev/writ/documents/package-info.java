/**
 * Uploaded documents at rest: every file is sniffed and parsed on the way in (only
 * readable, unencrypted PDFs within the size limit are kept), encrypted with AES-256-GCM
 * under the document key, and verified in full whenever it is opened.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
@NullMarked
package dev.writ.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
