"""Events (pledging conferences) and the givers that documents naming many partners bring in."""
