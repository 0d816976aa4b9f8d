package dev.madoguchi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.madoguchi.shared.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.PortInUseException;

class FailureAnalyzerTests {

    @Test
    void aTakenPortIsOneSentenceNamingTheSetting() {
        String description = new PortInUseFailureAnalyzer().analyze(new PortInUseException(8080)).getDescription();
        assertThat(description).isEqualTo("Port 8080 is already in use; stop the program using it or choose another "
                + "port with SERVER_PORT (server.port).");
    }

    @Test
    void anUnusableDataDirectoryNamesTheSetting(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        assertThatThrownBy(() -> DataDirectory.open(file.resolve("data")))
                .isInstanceOf(DataDirectory.DataDirectoryUnusableException.class)
                .hasMessageContaining(file.resolve("data").toString());
    }
}
