package dev.madoguchi.intake;

/** A file as received from a form or the API, before it is stored. */
record UploadedFile(String fileName, String contentType, byte[] content) {

    long size() {
        return content.length;
    }
}
