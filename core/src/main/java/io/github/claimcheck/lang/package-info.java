/**
 * Languages as data: a {@link io.github.claimcheck.lang.LanguageProfile} is a folder of word
 * lists plus a few typed settings. Indonesian and English are built in; register a profile to read
 * another language.
 */
package io.github.claimcheck.lang;
