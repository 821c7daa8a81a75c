package vn.tochuc.appraisal;

import java.time.OffsetDateTime;

/** A file attached to a self-assessment as evidence (minh chứng): its name, checked type, size, who and when. */
public record Evidence(
        long id,
        long memberId,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        OffsetDateTime uploadedAt) {}
