package dev.madoguchi.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** Files from a multipart request; the empty part a browser sends when no file was chosen is skipped. */
final class UploadedFiles {

    private UploadedFiles() {
    }

    static List<UploadedFile> of(List<MultipartFile> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(p -> p != null && !p.isEmpty() && p.getOriginalFilename() != null
                        && !p.getOriginalFilename().isBlank())
                .map(UploadedFiles::read).toList();
    }

    private static UploadedFile read(MultipartFile part) {
        try {
            return new UploadedFile(part.getOriginalFilename(), part.getContentType(), part.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("an uploaded file could not be read", e);
        }
    }
}
