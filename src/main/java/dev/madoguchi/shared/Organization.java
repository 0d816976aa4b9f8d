package dev.madoguchi.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The manufacturer running this Madoguchi, as the public pages, e-mails and scope notice name it
 * ({@code madoguchi.organization.*}).
 *
 * @param publicUrl  the address reporters and customers reach Madoguchi at, used in links sent by e-mail and in the
 *                   API's {@code statusUrl}; empty means "the address of the current request"
 * @param csirtName  who handles vulnerabilities in the company's own websites (the seed policies' CSIRT)
 * @param csirtUrl   how to reach them
 */
@ConfigurationProperties("madoguchi.organization")
public record Organization(
        @DefaultValue("Example Corporation") String nameEn,
        @DefaultValue("株式会社サンプル") String nameJa,
        @DefaultValue("psirt@example.com") String psirtEmail,
        @DefaultValue("") String publicUrl,
        @DefaultValue("Example-CSIRT") String csirtNameEn,
        @DefaultValue("Example-CSIRT") String csirtNameJa,
        @DefaultValue("https://www.example.com/csirt/") String csirtUrl,
        @DefaultValue("https://www.jpcert.or.jp/english/vh/") String coordinatorUrl) {

    public String name(Language language) {
        return language == Language.JA ? nameJa : nameEn;
    }

    public String csirtName(Language language) {
        return language == Language.JA ? csirtNameJa : csirtNameEn;
    }
}
