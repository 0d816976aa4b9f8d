package dev.madoguchi.trustedprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** {@code csaf export-provider}: the served tree, byte for byte, or nothing. */
@SpringBootTest(properties = "madoguchi.organization.public-url=https://psirt.example.com")
@AutoConfigureMockMvc
@Import(CorpusPublications.class)
class ExportProviderTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ExportProviderCommand command;

    @TempDir
    Path target;

    int run(String... args) {
        return command.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    List<Path> exported() throws Exception {
        try (Stream<Path> files = Files.walk(target)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theExportHoldsExactlyTheServedFilesWithTheSameBytes() throws Exception {
        assertThat(run(target.toString())).isZero();
        List<Path> files = exported();
        // 8 lists and metadata + 4 folder listings (white/ and 3 years) + 3 documents with 3 side files each
        assertThat(files).hasSize(8 + 4 + 3 * 4);
        for (Path file : files) {
            // CSAF 2.0 §7.1.14: a folder's listing is its index.html, served at the folder's own path
            String path = ("/" + target.relativize(file).toString().replace('\\', '/')).replaceAll("/index\\.html$",
                    "/");
            MockHttpServletResponse served = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(served.getStatus()).as(path).isEqualTo(200);
            assertThat(Files.readAllBytes(file)).as(path).isEqualTo(served.getContentAsByteArray());
        }
        assertThat(target.resolve(".well-known/csaf/provider-metadata.json")).exists();
        assertThat(target.resolve(".well-known/security.txt")).exists();
        for (String folder : List.of("white", "white/2019", "white/2021", "white/2022")) {
            assertThat(target.resolve(".well-known/csaf/" + folder + "/index.html")).exists();
        }
        try (Stream<Path> left = Files.list(target)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(".well-known");
        }
    }

    @Test
    void aSecondExportReplacesTheTreeWholeAndKeepsOtherWellKnownFiles() throws Exception {
        Path stale = Files.createDirectories(target.resolve(".well-known/csaf/white/2001"))
                .resolve("withdrawn.json");
        Files.writeString(stale, "{}");
        Path other = Files.writeString(target.resolve(".well-known/change-password"), "x");
        assertThat(run(target.toString())).isZero();
        assertThat(stale).doesNotExist();
        assertThat(other).exists();
        assertThat(target.resolve(".well-known/csaf/white/index.txt")).exists();
    }

    @Test
    void aFailedExportLeavesNoHalfTree() throws Exception {
        Path notAFolder = Files.writeString(target.resolve("file"), "x");
        assertThat(run(notAFolder.toString())).isEqualTo(1);
        assertThat(exported()).containsExactly(notAFolder);
    }

    @Test
    void anExportWithoutAPublicAddressIsRefusedAsAUsageError() {
        assertThat(run(target.toString(), "--public-url", "not a url")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }
}
