package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Leave a Reply",
        "leave a comment",
        "Leave a Reply Cancel reply",
        "Click to comment",
        "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "702 people read this News!",
        "1,234 views",
        "Views: 1,234",
        "COMMENTS",
        "Comments (3)",
        "There are 0 comment.",
        "There are 3 comments.",
        "Tags: water, politics",
        "Share this:",
        "Share this...",
        "Share",
        "Share this article",
        "Share on Facebook, Twitter, WhatsApp",
        "Subscribe",
        "Subscribe now!",
        "Subscribe to our newsletter",
        "© 2021 News Leak Centre. All rights reserved.",
        "Copyright 2021 The Daily Meridian",
        "All rights reserved.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Additional reporting by Ann Lee",
        "Breaking | World | Asia",
        "  Home | Politics  "
      })
  void furnitureLinesAreBoilerplate(String line) {
    assertTrue(Boilerplate.isBoilerplateLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Residents were asked to leave a reply by Friday, the council said.",
        "Share this with everyone you know, he urged supporters at the rally.",
        "Subscribers complained about the price rise.",
        "The video had 1,234 views within an hour of being posted.",
        "Reporting by the broadcaster suggested the minister knew. Others disagreed.",
        "Copyright law changed in 2019.",
        "(c) the council must publish its accounts",
        "Comments from the minister were not available.",
        "He said the vote was close | contested by the opposition, and bitterly fought."
      })
  void sentencesThatMerelyMentionThePhrasesAreKept(String line) {
    assertFalse(Boilerplate.isBoilerplateLine(line), line);
  }

  @Test
  void taglineRepeatingTheOutletIsBoilerplate() {
    List<String> names = List.of("News Leak Centre");
    assertTrue(
        Boilerplate.isTagline("News Leak Centre - the news they don't want you to read", names));
    assertTrue(Boilerplate.isTagline("news leak centre \u2014 truth first", names));
  }

  @Test
  void lineNamingTheOutletWithoutSloganDashIsNotATagline() {
    List<String> names = List.of("News Leak Centre");
    assertFalse(Boilerplate.isTagline("News Leak Centre reported the leak on Monday.", names));
    assertFalse(Boilerplate.isTagline("Daily Meridian - another outlet", names));
  }

  @Test
  void longLineIsNeverATagline() {
    String longSlogan = "News Leak Centre - " + "very ".repeat(20) + "long";
    assertFalse(Boilerplate.isTagline(longSlogan, List.of("News Leak Centre")));
  }
}
