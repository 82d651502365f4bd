package main

import "errors"

func runQuotes(args []string, io stdio) error { return errors.New("not built yet") }
