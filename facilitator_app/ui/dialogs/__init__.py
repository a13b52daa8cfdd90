"""Dialogs: each gathers one value and hands it to a submit callable; none touches the store."""
