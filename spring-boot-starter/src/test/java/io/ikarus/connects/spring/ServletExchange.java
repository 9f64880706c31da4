package io.ikarus.connects.spring;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A servlet request and response recorded in memory (spring-test's mocks need spring-web, which the
 * starter does not bring): just the methods the lead webhook servlet calls.
 */
final class ServletExchange {

  int status;
  final Map<String, String> headers = new LinkedHashMap<>();
  final ByteArrayOutputStream body = new ByteArrayOutputStream();

  HttpServletRequest request(String method, String contextPath, String uri, byte[] content) {
    ByteArrayInputStream in = new ByteArrayInputStream(content);
    ServletInputStream stream =
        new ServletInputStream() {
          @Override
          public int read() {
            return in.read();
          }

          @Override
          public boolean isFinished() {
            return in.available() == 0;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {}
        };
    Map<String, List<String>> requestHeaders = Map.of("Content-Type", List.of("application/json"));
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> contextPath;
                  case "getQueryString", "getRemoteAddr" -> null;
                  case "getInputStream" -> stream;
                  case "getHeaderNames" -> Collections.enumeration(requestHeaders.keySet());
                  case "getHeaders" ->
                      Collections.enumeration(requestHeaders.getOrDefault(args[0], List.of()));
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  HttpServletResponse response() {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, m, args) -> {
              switch (m.getName()) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "getOutputStream" -> {
                  return out;
                }
                default -> throw new UnsupportedOperationException(m.getName());
              }
              return null;
            });
  }
}
