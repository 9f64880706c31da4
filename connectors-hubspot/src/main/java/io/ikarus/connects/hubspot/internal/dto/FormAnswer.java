package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer to a form submission; either field may be absent.
 *
 * @param inlineMessage the thank-you message the form shows
 * @param redirectUri where the form sends the visitor
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormAnswer(String inlineMessage, String redirectUri) {}
