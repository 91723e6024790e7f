package dev.stageline.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The user behind a request and the groups (teams and roles) they belong to. */
public record Caller(String userId, Set<String> groups) {

  public static Caller of(Authentication authentication) {
    return new Caller(authentication.getName(), authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean isAdmin() {
    return groups.contains(Roles.ADMINS);
  }
}
