package ru.opora.roadmap;

import java.time.LocalDateTime;

/**
 * A comment in a measure's thread.
 */
public record CommentView(Long id, String author, String body, LocalDateTime at) {

}
